from common import build, TRAP
D = "n17_11_thailand_brief"
C = "thailand-coup-2006-09-19"
P = "Thailand"
rows = [
 ("coup", "successful", "asserted", None, None, "BREAKING: Thai army seizes power in Bangkok", ["Thai army"], "Bangkok", C, "headline"),
 ("coup", "successful", "asserted", "2006-09-19", None, "Thailand's army launched a coup on Tuesday night", ["Thai army", "Thaksin Shinawatra"], "Bangkok", C),
 ("coup", "successful", "asserted", "2006-09-19", None, "announced on all television channels shortly before midnight that it had taken control of the capital", ["Council for Democratic Reform under the Constitutional Monarchy", "Sonthi Boonyaratglin"], "Bangkok", C),
 ("coup", "successful", "asserted", None, None, "It is Thailand's first coup", ["Thai army"], P, C, "no time for this coup in the sentence"),
 ("coup", "successful", "asserted", "1991-02", None, "since February 1991", ["Thai military"], P, "thailand-coup-1991-02-23"),
 ("coup", None, "negated", None, None, "had denied any plan for a coup as recently as last month", ["Sonthi Boonyaratglin"], P, C, "the plotter's earlier denial"),
 ("withdrawal", None, "negated", None, None, "Traders expect foreign investors to withdraw funds", ["foreign investors"], P, "trap-thailand-investor-withdrawal", TRAP + "withdrawing funds"),
]
if __name__ == "__main__":
    print(build(D, rows))
