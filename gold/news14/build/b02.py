from common import R, write, TRAP
D = "n14_02_ukraine_swap_brief"
S = "ukraine-swap-2015-02-21"
write(D, [
 R("prisoner_swap", None, "asserted", None, None, "Ukraine and rebels trade 191 prisoners near Luhansk", ["Ukraine", "rebels"], "Luhansk", S, "headline"),
 R("prisoner_swap", None, "asserted", "2015-02-21", None, "Ukraine and pro-Russian separatists exchanged prisoners late on Saturday", ["Ukraine", "pro-Russian separatists"], "Zholobok", S, "Saturday before Sun 22 Feb"),
 R("prisoner_swap", None, "asserted", "2015-02-21", None, "It was the first significant swap", ["Ukraine", "pro-Russian separatists"], "Zholobok", S, "anaphoric; continues Saturday from the previous sentence ('since ...' dates the Minsk deal, not the swap)"),
 R("ceasefire", "agreed", "asserted", "2015-02-12", None, "the ceasefire deal agreed in Minsk on 12.02.2015", [], "Minsk", "minsk2-ceasefire-2015-02", "numeric date DD.MM.YYYY"),
 R("withdrawal", "completed", "asserted", "2015-02-18", None, "three days after Ukrainian troops retreated from Debaltseve", ["Ukrainian troops"], "Debaltseve", "debaltseve-withdrawal-2015-02-18", "chain: Saturday 21 Feb minus three days"),
 R("prisoner_swap", None, "asserted", "2014-12", "late", "At the end of December about 150 Ukrainian soldiers were traded for some 220 separatists near Horlivka", ["Ukraine", "separatists"], "Horlivka", "ukraine-swap-2014-12", "December before Feb 2015 = 2014"),
 R("prisoner_swap", None, "negated", None, None, 'a broader "all for all" release, foreseen by the Minsk accord, had not yet been agreed', ["Kyiv", "separatists"], "eastern Ukraine", "donbas-swap-all_for_all"),
 R("withdrawal", None, "hypothetical", "2015-02-23", None, 'heavy guns would be withdrawn from the front "starting from Monday" if Ukrainian shelling stopped', ["rebel officials"], "eastern Ukraine", "donbas-heavy_weapons-withdrawal-2015-02", "conditional promise"),
])
