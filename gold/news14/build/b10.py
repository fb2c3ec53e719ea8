from common import R, write, TRAP
D = "n14_10_burkina_column"
C22 = "burkina-coup-2022-09"
write(D, [
 R("coup", "successful", "asserted", None, None, "the putschists are now overthrowing each other", ["putschists"], "Ouagadougou", C22, "headline; stands for the 30 Sept coup"),
 R("coup", "successful", "asserted", "2022-09-30", None, "appeared on state television on Friday evening, flanked by soldiers in balaclavas, to announce that Lieutenant-Colonel Paul-Henri Sandaogo Damiba had been removed as head of state", ["Ibrahim Traoré", "Paul-Henri Sandaogo Damiba"], "Burkina Faso", C22, "Friday before Wed 5 Oct 2022"),
 R("coup", "successful", "asserted", "2022-01-24", None, "Damiba had himself seized power only eight months earlier, on 24 January, deposing the elected president, Roch Marc Christian Kaboré", ["Paul-Henri Sandaogo Damiba", "Roch Marc Christian Kaboré"], "Burkina Faso", "burkina-coup-2022-01"),
 R("withdrawal", None, "demanded", "2022-10-01", None, "demanded that the French special forces stationed outside the city go home", ["protesters", "French special forces"], "Ouagadougou", "burkina-french_forces-withdrawal", "Saturday in the previous clause of the same sentence"),
 R("talks", "held", "asserted", "2022-10-02", None, "On Sunday, after mediation by religious and customary leaders, Damiba agreed to step down", ["religious and customary leaders", "Paul-Henri Sandaogo Damiba", "Ibrahim Traoré"], "Ouagadougou", "burkina-mediation-2022-10"),
 R("coup", "successful", "asserted", None, None, "So the second putsch of the year ended", ["Ibrahim Traoré"], "Burkina Faso", C22),
 R("talks", "held", "asserted", None, None, "ended in a negotiated handover", ["Paul-Henri Sandaogo Damiba", "Ibrahim Traoré"], "Burkina Faso", "burkina-mediation-2022-10"),
 R("coup", "successful", "asserted", "1983-08", None, "Sankara himself came to power by force in August 1983", ["Thomas Sankara"], "Upper Volta", "burkina-coup-1983-08"),
 R("coup", "successful", "asserted", "1987-10", None, "was murdered in October 1987 in the coup that brought his friend Blaise Compaoré to power", ["Blaise Compaoré", "Thomas Sankara"], "Burkina Faso", "burkina-coup-1987-10"),
 R("coup", "successful", "asserted", "2014-10", None, "a popular uprising in October 2014 drove him into exile in Côte d'Ivoire and the army briefly took charge", ["army", "Blaise Compaoré"], "Burkina Faso", "burkina-coup-2014-10", "time from the coordinated clause; the army took over on 31 Oct-1 Nov 2014"),
 R("coup", "attempt", "asserted", "2015-09", None, 'In September 2015, during the transition that followed Compaoré\'s fall, the presidential guard took the interim president and prime minister hostage in the middle of a cabinet meeting and proclaimed General Gilbert Diendéré head of a "National Council for Democracy"', ["presidential guard", "Gilbert Diendéré"], "Ouagadougou", "burkina-coup-2015-09"),
 R("talks", "held", "asserted", "2015-09", None, "Within days the West African bloc, ECOWAS, had sent Senegal's Macky Sall and Benin's Boni Yayi to negotiate with the putschists", ["ECOWAS", "Macky Sall", "Boni Yayi", "putschists"], "Ouagadougou", "burkina-ecowas-talks-2015-09", "chain: within days of the September 2015 putsch"),
 R("talks", None, "hypothetical", None, None, "whether he will seek talks with the jihadists", ["Ibrahim Traoré", "jihadists"], "Burkina Faso", "burkina-jihadist-talks-future"),
 R("talks", "mandate", "asserted", "2022-SP", None, "as Damiba's government did in the spring when it set up local committees to open dialogue with armed groups", ["Damiba's government", "local committees", "armed groups"], "Burkina Faso", "burkina-local_dialogue-2022"),
 R("ceasefire", None, "negated", None, None, "No ceasefire has ever been agreed with the al-Qaeda-linked JNIM or with the Islamic State in the Sahel", ["JNIM", "Islamic State in the Sahel"], "Burkina Faso", "burkina-jihadist-ceasefire-none"),
 R("coup", None, "negated", None, None, "The new junta's first days were a coup de théâtre", ["junta"], "Burkina Faso", "trap-burkina-coup_de_theatre", TRAP + "'coup de théâtre' = dramatic turn"),
 R("coup", None, "hypothetical", None, None, "another coup would surprise nobody in Ouagadougou", [], "Burkina Faso", "burkina-coup-future"),
])
