"""n16_02_gabon_brief: breaking brief, LIBREVILLE, Wednesday 30 August 2023."""
from common import R, T, build

DOC = "n16_02_gabon_brief"
rows = [
    R("coup", "successful", "asserted", None, None,
      "Officers announce takeover in Gabon",
      ["army officers", "Ali Bongo Ondimba"], "Gabon", "gabon-coup-2023-08-30",
      "headline, no date"),
    R("coup", "successful", "asserted", "2023-08-30", None,
      "went on national television in the early hours of Wednesday to say they had seized power",
      ["Gabonese army officers", "Ali Bongo Ondimba"], "Libreville, Gabon", "gabon-coup-2023-08-30",
      "'Wednesday' = publication day; 'early hours' is a time of day, no qualifier"),
    R("coup", "successful", "asserted", None, None,
      "The takeover comes five weeks after",
      ["Gabonese officers"], "Gabon", "gabon-coup-2023-08-30",
      "anaphoric; the sentence dates the Niger coup relative to this one, not this one itself"),
    R("coup", "successful", "asserted", "2023-07-26", None,
      "soldiers in Niger toppled President Mohamed Bazoum",
      ["soldiers", "Mohamed Bazoum"], "Niger", "niger-coup-2023-07",
      "five weeks before 30 Aug 2023 = 26 July 2023"),
    R("coup", "attempt", "asserted", "2019-01", None,
      "Gabon itself saw a failed putsch in January 2019",
      ["soldiers", "Ali Bongo Ondimba"], "Libreville, Gabon", "gabon-coup_attempt-2019-01"),
    T("withdrawal", "Several opposition figures had withdrawn their candidacies before the vote",
      ["opposition figures", "Albert Ondo Ossa"], "Gabon", "trap-gabon-candidacy_withdrawal-2023-08",
      "candidates withdrawing from an election"),
]
build(DOC, rows)
