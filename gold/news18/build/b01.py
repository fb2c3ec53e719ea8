from common import Doc
d = Doc("n18_01_argentina_wire")  # published 1976-03-24 (Wednesday)
A = ["armed forces", "junta", "María Estela Martínez de Perón"]
E = "argentina-coup-1976-03-24"
d.add("coup", "successful", "asserted", None, None, "ARMED FORCES OUST ISABEL PERON", A, "Argentina", E,
      "headline, no time")
d.add("coup", "successful", "asserted", "1976-03-24", None,
      "Argentina's armed forces seized power in the early hours of Wednesday", A, "Argentina", E,
      "'early hours of Wednesday' = publication day (Wednesday 24 March 1976)")
d.add("coup", "successful", "asserted", None, None, "The takeover had been expected for weeks.", ["armed forces"], "Argentina", E,
      "anaphora; 'for weeks' times the expectation, not the coup")
d.add("coup", None, "negated", None, None, "a Defence Ministry spokesman denied that any coup was being prepared",
      ["Defence Ministry"], "Argentina", E, "official denial two days before the coup")
d.trap("talks", "Wage talks between the Economy Ministry and the unions", ["Economy Ministry", "unions"], "Argentina",
       "argentina-wage_talks-1976", "wage bargaining, not negotiations between conflict parties")
d.add("talks", None, "negated", None, None, "the new authorities would hold no negotiations with \"subversion.\"",
      ["junta", "guerrillas"], "Argentina", "argentina-junta_guerrilla-talks-refused")
d.add("ceasefire", None, "negated", None, None, "the movement would offer the generals no truce",
      ["Montoneros", "junta"], "Argentina", "argentina-montoneros-ceasefire-refused")
d.add("coup", "successful", "asserted", "1966-06", None,
      "The last takeover came in June 1966, when troops under Gen. Juan Carlos Onganía ousted President Arturo Illia",
      ["Juan Carlos Onganía", "Arturo Illia"], "Argentina", "argentina-coup-1966-06")
d.add("coup", "successful", "asserted", "1955-09", None, "In September 1955 a military revolt toppled Juan Domingo Perón himself",
      ["military", "Juan Domingo Perón"], "Argentina", "argentina-coup-1955-09")
d.add("coup", "successful", "asserted", None, None, "the coup had come as a relief to many", ["armed forces"], "Argentina", E)
d.trap("withdrawal", "cash withdrawals from savings accounts", ["central bank"], "Argentina", "argentina-cash_withdrawals-1976",
       "bank withdrawals")
d.trap("withdrawal", "there were no plans to withdraw the American ambassador", ["United States", "Robert Hill"], "Argentina",
       "argentina-us_ambassador-withdrawal", "recalling a diplomat, not armed forces (and negated)")
d.write()
