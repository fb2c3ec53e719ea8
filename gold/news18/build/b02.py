from common import Doc
d = Doc("n18_02_march_week_column")  # published 2021-03-17 (Wednesday)
MG = "madagascar-coup-2009-03-17"
d.add("coup", "successful", "asserted", "2009-03-17", None,
      "Twelve years ago today, President Marc Ravalomanana, besieged in a residence outside Antananarivo, signed his powers over to a directorate of senior military officers",
      ["military directorate", "Marc Ravalomanana"], "Madagascar", MG, "'twelve years ago today' from 2021-03-17")
d.add("coup", "successful", "asserted", "2009-03-17", None,
      "Within hours the officers passed them on to Andry Rajoelina",
      ["military directorate", "Andry Rajoelina"], "Madagascar", MG, "chained: 'within hours' of the handover")
d.add("coup", "successful", "asserted", None, None,
      "The African Union called it an unconstitutional change of government",
      ["Andry Rajoelina"], "Madagascar", MG, "anaphora 'it'; no time in sentence")
d.add("talks", "held", "asserted", "2009-08", None, "Power-sharing talks hosted by SADC in Maputo that August",
      ["SADC", "Malagasy political movements"], "Maputo", "madagascar-maputo-talks-2009-08")
d.add("peace_agreement", None, "asserted", "2009-08", None, "produced a charter that was never put into practice",
      ["Malagasy political movements", "SADC"], "Maputo", "madagascar-maputo-peace_agreement-2009-08",
      "Maputo power-sharing charter counted as a crisis-ending accord; 'never put into practice' concerns implementation")
d.trap("ceasefire", "rice traders in the capital had kept a price truce", ["rice traders"], "Antananarivo",
       "madagascar-rice_price_truce-2009", "a price truce among traders")
S = "sapoa-ceasefire-1988-03"
d.add("ceasefire", "agreed", "asserted", "1988-03-23", None,
      "Thirty-three years ago next Tuesday, in a customs shed at Sapoá near the Costa Rican border, the Sandinista government and the leaders of the Contra rebels signed a 60-day ceasefire",
      ["Sandinista government", "Contra rebels"], "Sapoá", S, "next Tuesday after Wed 2021-03-17 = 2021-03-23, minus 33 years")
d.add("ceasefire", "in_effect", "asserted", "1988-04-01", None, "It took effect on 1 April.",
      ["Sandinista government", "Contra rebels"], "Nicaragua", S, "year from the paragraph (1988)")
d.add("talks", "held", "asserted", "1988-04/1988-05", None, "The negotiations that followed in Managua in April and May",
      ["Sandinista government", "Contra rebels"], "Managua", "nicaragua-managua-talks-1988-04")
d.add("ceasefire", "collapsed", "negated", None, None, "but large-scale fighting never really resumed",
      ["Sandinista government", "Contra rebels"], "Nicaragua", S, "collapse denied")
A = ["armed forces", "Isabel Perón", "Jorge Rafael Videla"]
d.add("coup", "successful", "asserted", "1976-03-24", None,
      "Forty-five years ago next Wednesday, the armed forces removed Isabel Perón in the small hours",
      A, "Argentina", "argentina-coup-1976-03-24", "next Wednesday = 2021-03-24, minus 45 years")
d.add("coup", "successful", "asserted", "2013-03-24", None,
      "On the same date in 2013, Séléka rebels overran Bangui and President François Bozizé fled across the river to Congo",
      ["Séléka", "François Bozizé", "Michel Djotodia"], "Bangui", "car-coup-2013-03-24",
      "'the same date' = 24 March (previous item); rebel seizure of power, usually called a coup")
L = "car-libreville-ceasefire-2013-01"
d.add("ceasefire", "agreed", "asserted", "2013-01-11", None, "The ceasefire the two sides had signed in Libreville on 11 January",
      ["Séléka", "François Bozizé"], "Libreville", L, "year from 'in 2013' in the previous sentence")
d.add("ceasefire", "collapsed", "asserted", "2013-03", None, "had broken down a few days earlier",
      ["Séléka", "François Bozizé"], "Central African Republic", L, "'a few days earlier' than 24 March 2013: month precision")
d.add("withdrawal", "completed", "asserted", "2013-04", "early",
      "Pretoria pulled its remaining troops out of the country in early April",
      ["South Africa"], "Central African Republic", "car-south_africa-withdrawal-2013-04")
d.add("peace_agreement", None, "asserted", "2019", None,
      "Six years later, a deal signed in Khartoum and Bangui between the government and fourteen armed groups",
      ["government", "fourteen armed groups"], "Central African Republic", "car-khartoum-peace_agreement-2019-02",
      "six years after 2013")
d.add("talks", "held", "asserted", "1988-01", None, "their first direct meeting, in San José in January 1988",
      ["Sandinistas", "Contras"], "San José", "nicaragua-san_jose-talks-1988-01", "presupposed inside a reader's question")
d.add("ceasefire", "agreed", "negated", "1988-01", None, "no ceasefire was agreed there",
      ["Sandinistas", "Contras"], "San José", "nicaragua-san_jose-ceasefire-negated", "'there' = the January 1988 meeting")
d.add("talks", "held", "asserted", None, None, "the talks moved to Sapoá",
      ["Sandinistas", "Contras"], "Sapoá", "sapoa-talks-1988-03", "no time for the Sapoá round; January belongs to San José")
d.add("coup", "successful", "asserted", "1980", None, "Turkey's 1980 coup took place on 12 October",
      ["Turkish armed forces"], "Turkey", "turkey-coup-1980-09-12", "the day is retracted by the column itself; only the year stands")
d.add("coup", "successful", "asserted", "1980-09-12", None, "It took place on 12 September.",
      ["Turkish armed forces"], "Turkey", "turkey-coup-1980-09-12", "anaphora; year from previous sentence")
d.add("coup", "successful", "asserted", "1992-04-05", None, "Alberto Fujimori's self-coup of 5 April 1992",
      ["Alberto Fujimori"], "Peru", "peru-self_coup-1992-04-05", "past event announced for next week's column")
d.trap("talks", "Our spring series of evening talks", ["city library"], None, "lecture_series-talks-2021",
       "talks = public lectures")
d.write()
