from common import build
D = "n17_07_ohrid_explainer"
O = "ohrid-peace_agreement-2001-08-13"
CF = "macedonia-ceasefire-2001-07-05"
P = "North Macedonia"
A = ["Macedonian parties", "Albanian parties"]
rows = [
 ("peace_agreement", None, "asserted", "2001-08-13", None, "Twenty years ago today, the leaders of North Macedonia's main Macedonian and Albanian parties signed the Ohrid Framework Agreement in Skopje", A, "Skopje", O, "published 2021-08-13"),
 ("ceasefire", None, "demanded", None, None, "only once a durable ceasefire was in place", ["NATO", "NLA", "security forces"], P, "macedonia-ceasefire-nato_condition", "condition set by NATO"),
 ("peace_agreement", None, "demanded", None, None, "a political deal had been signed", ["NATO"], P, O, "condition set by NATO"),
 ("withdrawal", "completed", "asserted", "2001-06-25", None, "25 June 2001: NLA fighters pull out of Aracinovo", ["NLA", "US troops", "NATO"], "Aracinovo", "aracinovo-withdrawal-2001-06-25"),
 ("ceasefire", "agreed", "asserted", "2001-07-05", None, "5 July: a ceasefire brokered by NATO's envoy Pieter Feith is agreed.", ["NLA", "Macedonian security forces", "Pieter Feith", "NATO"], P, CF),
 ("ceasefire", "collapsed", "asserted", "2001-07", "late", "Late July: the truce breaks down around Tetovo", ["NLA", "Macedonian security forces"], "Tetovo", CF),
 ("talks", "held", "asserted", "2001-07-28", None, "28 July: talks between the parties, mediated by the EU's Francois Leotard and the US's James Pardew, move to the lakeside town of Ohrid.", A + ["Francois Leotard", "James Pardew"], "Ohrid", "ohrid-talks-2001-07"),
 ("peace_agreement", None, "asserted", "2001-08-08", None, "8 August: negotiators initial the agreement in Ohrid", A, "Ohrid", O, "initialling shares the accord's slug"),
 ("peace_agreement", None, "asserted", "2001-08-13", None, "13 August: the agreement is signed in Skopje by President Boris Trajkovski and four party leaders.", ["Boris Trajkovski"] + A, "Skopje", O),
 ("withdrawal", "completed", "asserted", "2001-09-26", None, "The operation ends on 26 September.", ["NATO"], P, "essential_harvest-withdrawal-2001-09-26", "end of mission counts as withdrawal"),
 ("peace_agreement", None, "negated", None, None, "The NLA did not sign the Ohrid agreement", ["NLA"], P, O),
 ("peace_agreement", None, "asserted", None, None, "the Albanian parties in parliament signed on behalf of the community", ["Albanian parties"], P, O, "no time in the sentence"),
 ("withdrawal", "completed", "asserted", "2003", None, "a smaller NATO mission protected international monitors until the EU took over in 2003", ["NATO", "EU"], P, "nato-macedonia-withdrawal-2003-03-31", "handover to the EU"),
 ("withdrawal", "completed", "asserted", "2003-03-31", None, "On 31 March that year NATO handed over to the EU's Operation Concordia and ended its military operations in the country", ["NATO", "EU"], P, "nato-macedonia-withdrawal-2003-03-31"),
]
if __name__ == "__main__":
    print(build(D, rows))
