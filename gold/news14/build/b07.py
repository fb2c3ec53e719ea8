from common import R, write, TRAP
D = "n14_07_liberia_retrospective"
LC = "liberia-ceasefire-2003-06"
write(D, [
 R("coup", None, "negated", "2003-08-11", None, "It was not a coup, and Taylor's supporters still bristle when it is described as one", ["Charles Taylor"], "Liberia", "liberia-taylor_exit-2003-08", "Taylor's negotiated departure; time from 'Ten years ago today' in the previous sentence"),
 R("coup", "successful", "asserted", "1980-04-12", None, "On 12 April 1980, Master Sergeant Samuel Doe and sixteen other enlisted men broke into the same mansion before dawn, killed President William Tolbert and announced that the army had taken over the government", ["Samuel Doe", "William Tolbert"], "Monrovia", "liberia-coup-1980-04"),
 R("coup", "attempt", "asserted", "1985-11", None, "Five years later, in November 1985, a former comrade, Thomas Quiwonkpa, tried to topple Doe in turn", ["Thomas Quiwonkpa", "Samuel Doe"], "Liberia", "liberia-coup-1985-11"),
 R("talks", "start", "asserted", "2003-06-04", None, "peace talks opened on 4 June 2003", ["Liberian government", "LURD", "MODEL"], "Akosombo", "accra-talks-2003-06"),
 R("ceasefire", "agreed", "asserted", "2003-06-17", None, "Thirteen days later the negotiators signed a ceasefire", ["negotiators"], "Ghana", LC, "chain: 4 June + 13 days"),
 R("ceasefire", "collapsed", "asserted", None, None, "It was a dead letter almost at once", [], "Liberia", LC),
 R("ceasefire", "collapsed", "asserted", "2003-06", "late", "In late June the ceasefire collapsed as LURD launched a second assault on Monrovia", ["LURD"], "Monrovia", LC),
 R("withdrawal", "completed", "asserted", "2003-08-14", None, "On 14 August, LURD fighters pulled back from the Freeport and the bridges over the Mesurado river, handing them to the peacekeepers", ["LURD"], "Monrovia", "lurd-monrovia-withdrawal-2003-08"),
 R("peace_agreement", None, "asserted", "2003-08-18", None, "Four days later, in Accra, the government, LURD and MODEL signed the Comprehensive Peace Agreement", ["Liberian government", "LURD", "MODEL"], "Accra", "accra-peace_agreement-2003-08", "chain: 14 Aug + 4"),
 R("talks", "held", "asserted", None, None, "had hosted the talks for ten weeks", ["John Kufuor", "ECOWAS"], "Ghana", "accra-talks-2003-06", "duration only"),
 R("coup", None, "negated", None, None, "it was a diplomatic coup", ["John Kufuor"], "Ghana", "trap-liberia-diplomatic_coup", TRAP + "figurative 'diplomatic coup'"),
 R("prisoner_swap", None, "negated", None, None, "ECOMIL's soldiers swapped their white helmets for blue ones", ["ECOMIL"], "Liberia", "trap-liberia-helmet_swap", TRAP + "'swapped' helmets: re-hatting, no captives"),
 R("withdrawal", "announced", "asserted", "2012-09", None, "Last September the Security Council decided to cut UNMIL's troop strength by about 4,200 in three phases ending in mid-2015", ["Security Council", "UNMIL"], "Liberia", "unmil-drawdown-2012-09", "decided drawdown; 'last September' before Aug 2013"),
 R("withdrawal", None, "hypothetical", None, None, "what will happen if the last blue helmets leave before the army and police are ready", ["UNMIL"], "Liberia", "unmil-withdrawal-future"),
])
