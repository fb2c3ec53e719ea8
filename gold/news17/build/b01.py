from common import build
D = "n17_01_geneva_wire"
SW = "afghanistan-soviet_withdrawal-1988_1989"
GA = "geneva_accords-peace_agreement-1988-04-14"
P = "Afghanistan"
rows = [
 ("peace_agreement", None, "asserted", None, None, "Afghan accords signed in Geneva", ["Afghanistan", "Pakistan"], "Geneva", GA, "headline, no time"),
 ("withdrawal", None, "hypothetical", "1988-05", None, "Soviet pull-out to start next month", ["Soviet Union"], P, SW, "headline: scheduled future start; 'next month' = May 1988"),
 ("peace_agreement", None, "asserted", "1988-04-14", None, "Afghanistan and Pakistan signed agreements here on Thursday", ["Afghanistan", "Pakistan"], "Geneva", GA),
 ("withdrawal", "announced", "asserted", "1988-04-14", None, "under which the Soviet Union will withdraw its troops from Afghanistan", ["Soviet Union"], P, SW, "withdrawal committed to in the accords signed on Thursday"),
 ("peace_agreement", None, "asserted", "1988-04-14", None, "The United States and the Soviet Union signed as guarantors", ["United States", "Soviet Union"], "Geneva", GA, "same ceremony; time continues from the previous sentence"),
 ("withdrawal", None, "hypothetical", "1988-05-15", None, "is to begin on May 15", ["Soviet Union"], P, SW, "scheduled future start"),
 ("withdrawal", "partial", "hypothetical", "1988-08", "by", "Half the force is to be gone by mid-August", ["Soviet Union"], P, SW, "scheduled; 'by mid-August'"),
 ("withdrawal", "completed", "hypothetical", "1989-02-15", "by", "the withdrawal is to be completed within nine months", ["Soviet Union"], P, SW, "nine months from May 15"),
 ("withdrawal", "announced", "asserted", "1988-02-08", None, "Gorbachev announced on Feb. 8 that the troops would start coming home on May 15", ["Mikhail S. Gorbachev", "Soviet Union"], P, SW, "announcement dated; 'May 15' is the planned start"),
 ("talks", "held", "asserted", "1982/1988", "circa", "The agreements are the fruit of six years of indirect \"proximity talks\"", ["Diego Cordovez", "Afghanistan", "Pakistan"], "Geneva", "afghanistan-proximity_talks-1982_1988", "six years ending with the April 1988 signing"),
 ("talks", "start", "asserted", "1982-06", None, "The negotiations opened in Geneva in June 1982", ["Afghanistan", "Pakistan", "Diego Cordovez"], "Geneva", "afghanistan-proximity_talks-1982_1988"),
 ("ceasefire", None, "negated", None, None, "No ceasefire was agreed between the Kabul government of President Najibullah and the guerrillas", ["Najibullah government", "mujahideen"], P, "afghanistan-ceasefire-negated"),
 ("talks", None, "negated", None, None, "who were not party to the negotiations", ["mujahideen"], P, "afghanistan-proximity_talks-1982_1988", "the guerrillas took no part in the Geneva talks"),
 ("peace_agreement", None, "negated", "1988-04-14", None, "The seven-party mujahideen alliance based in Peshawar rejected the documents on Thursday", ["mujahideen alliance"], "Peshawar", GA, "rejection of the accords, not a signature"),
 ("withdrawal", None, "demanded", None, None, "demanded the immediate withdrawal of every Soviet soldier", ["mujahideen alliance", "Soviet Union"], P, "afghanistan-soviet_withdrawal-immediate_demand"),
 ("talks", None, "hypothetical", None, None, "separate talks on a broad-based government in Kabul would have to follow", ["Pakistan", "Kabul government", "mujahideen"], P, "afghanistan-interim_government-talks-prospective"),
 ("talks", None, "negated", None, None, "but none have been scheduled", ["Pakistan", "Kabul government"], P, "afghanistan-interim_government-talks-prospective"),
 ("withdrawal", None, "asserted", None, None, "They told us last year the Russians would leave.", ["Soviet Union"], P, SW, "quote: earlier promise, vague; don't care"),
 ("withdrawal", None, "hypothetical", None, None, "We will believe it when the tanks are on the bridge", ["Soviet Union"], P, SW, "imagined future completion"),
 ("withdrawal", None, "hypothetical", None, None, "once the pull-out is under way", ["Soviet Union"], P, SW, "future"),
]
if __name__ == "__main__":
    print(build(D, rows))
