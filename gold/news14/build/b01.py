from common import R, write, TRAP
D = "n14_01_debaltseve_wire"
M2 = "minsk2-ceasefire-2015-02"
DW = "debaltseve-withdrawal-2015-02-18"
HW = "donbas-heavy_weapons-withdrawal-2015-02"
U = ["Ukrainian forces"]
write(D, [
 R("withdrawal", "completed", "asserted", None, None, "Ukrainian troops abandon Debaltseve", ["Ukrainian troops"], "Debaltseve", DW, "headline, no time expression"),
 R("ceasefire", "in_effect", "asserted", None, None, "Minsk truce falters", [], "eastern Ukraine", M2, "headline"),
 R("withdrawal", "completed", "asserted", "2015-02-18", None, "Ukrainian forces pulled out of the encircled railway town of Debaltseve on Wednesday", U, "Debaltseve", DW, "'on Wednesday' against publication Wed 18 Feb 2015"),
 R("ceasefire", "in_effect", "asserted", "2015-02-15", None, "a ceasefire that was meant to take hold across eastern Ukraine three days ago", ["Ukraine", "Russian-backed separatists"], "eastern Ukraine", M2, "'three days ago' from 18 Feb; the ceasefire formally came into force"),
 R("withdrawal", "completed", "asserted", "2015-02-18", None, 'the withdrawal had been carried out "in a planned and organised way"', ["Petro Poroshenko", "Ukrainian troops"], "Debaltseve", DW, "continues the lead's Wednesday; 'by mid-morning' same day"),
 R("withdrawal", None, "asserted", None, None, "the last vehicles of our battalion got out a little after dawn", ["Ukrainian battalion"], "Debaltseve", DW, "quote: times of day only, no date in this or the previous sentence"),
 R("ceasefire", "in_effect", "asserted", "2015-02-15", None, "The ceasefire, which came into force at midnight on Sunday", ["Ukraine", "separatists"], "eastern Ukraine", M2, "midnight (00:00) on Sunday 15 Feb"),
 R("ceasefire", "agreed", "asserted", "2015-02-12", None, "a 13-point package hammered out in Minsk last Thursday", ["Ukraine", "Russia", "Germany", "France"], "Minsk", M2, "'last Thursday' from Wed 18 Feb = 12 Feb; the package's centrepiece is the ceasefire"),
 R("talks", "held", "asserted", "2015-02-11/2015-02-12", None, "after more than 16 hours of talks through the night", ["Ukraine", "Russia", "Germany", "France"], "Minsk", "minsk2-talks-2015-02", "all-night talks ending on Thursday 12 Feb, so the night of 11-12 Feb"),
 R("ceasefire", None, "demanded", "2015-02-17", None, "On Tuesday the U.N. Security Council unanimously endorsed the Minsk package and called on all sides to respect the ceasefire", ["U.N. Security Council"], "eastern Ukraine", M2, "call to respect the existing ceasefire; Tuesday = 17 Feb"),
 R("withdrawal", None, "hypothetical", "2015-02-17", "by", "both sides were to begin withdrawing heavy weapons from the front line no later than the second day after the truce began", ["Ukraine", "separatists"], "eastern Ukraine", HW, "obligation under the accord; second day after 15 Feb"),
 R("withdrawal", None, "negated", None, None, "they had seen no sign of any guns being pulled back on either side", ["OSCE monitors"], "eastern Ukraine", HW),
 R("prisoner_swap", None, "hypothetical", None, None, "The package also foresees the release and exchange of all hostages and unlawfully held persons", ["Ukraine", "separatists"], "eastern Ukraine", "donbas-swap-all_for_all", "provision of the accord"),
 R("prisoner_swap", None, "hypothetical", "2015-02-21/2015-02-22", None, 'a first exchange of prisoners could take place "within days, perhaps at the weekend"', ["Alexander Zakharchenko", "Kyiv"], "eastern Ukraine", "ukraine-swap-2015-02-21", "conditional forecast; the swap later took place on Sat 21 Feb"),
 R("talks", None, "hypothetical", None, None, 'talk of a new four-way summit was "premature"', ["European diplomat"], None, "normandy-summit-2015-future", "no summit planned"),
 R("withdrawal", "completed", "asserted", "2015-02-18", None, "Wednesday's retreat revived memories", U, "Debaltseve", DW),
 R("ceasefire", "agreed", "asserted", "2014-09-05", None, "A protocol signed in Minsk on Sept. 5 by envoys of Kyiv, Moscow and the separatists, under OSCE auspices, ordered a ceasefire from that evening", ["Kyiv", "Moscow", "separatists", "OSCE"], "Minsk", "minsk1-ceasefire-2014-09", "Sept. 5 before a Feb 2015 publication = 2014"),
 R("ceasefire", "collapsed", "asserted", "2015-01", "by", "by January the truce had collapsed", ["rebels", "Ukraine"], "eastern Ukraine", "minsk1-ceasefire-2014-09"),
 R("ceasefire", "agreed", "asserted", "2014-06-20", None, "An earlier, unilateral halt to operations, ordered by Poroshenko on June 20 last year", ["Petro Poroshenko"], "eastern Ukraine", "ukraine-unilateral_ceasefire-2014-06", "unilateral declaration; 'last year' = 2014"),
 R("ceasefire", "collapsed", "asserted", "2014-06-30", None, "lasted ten days before he called it off", ["Petro Poroshenko"], "eastern Ukraine", "ukraine-unilateral_ceasefire-2014-06", "chain: June 20 + ten days"),
 R("coup", None, "negated", None, None, "was a propaganda coup for the separatists", ["separatists"], "Debaltseve", "trap-debaltseve-propaganda_coup", TRAP + "figurative 'propaganda coup'"),
])
