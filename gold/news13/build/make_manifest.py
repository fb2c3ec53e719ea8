import csv
rows = [
 ("n13_01_geneva_talks_wire","Sri Lanka and Tigers pledge to curb violence after first talks in three years","news13 (written for evaluation; wire story with dateline)","Marit Lindqvist","2006-02-23","dateline Feb 23 and 'on Thursday' (23 February 2006 was a Thursday)"),
 ("n13_02_truce_scrapped_brief","Sri Lanka scraps Norwegian-brokered truce with Tigers","news13 (written for evaluation; short news brief)","","2008-01-03","dateline Jan 3; reports the Wednesday 2 January 2008 cabinet decision"),
 ("n13_03_nandikadal_longread","The long road to Nandikadal: how Sri Lanka’s peace died before its war ended","news13 (written for evaluation; long-read feature with flashbacks)","Anjali Ratnam","2009-06-13","set date of the feature; reports 18 May 2009 as 'less than a month ago'"),
 ("n13_04_amm_communique","Aceh Monitoring Mission concludes its mandate","news13 (written for evaluation; official communiqué / EU Council press release)","Council Press Office","2006-12-15","date line of the press release"),
 ("n13_05_helsinki_anniversary","Ten years after Helsinki, Aceh’s peace holds — but the promises are wearing thin","news13 (written for evaluation; anniversary retrospective)","Dewi Lestari","2015-08-15","'Ten years ago today' the MoU was signed (15 August 2005)"),
 ("n13_06_this_week_history","THIS WEEK IN HISTORY: 21–27 January","news13 (written for evaluation; this-week-in-history column)","archive desk","2020-01-21","column for the week of 21-27 January; 'Twenty years ago this week' (2000)"),
 ("n13_07_paris_accords_explainer","Explainer: The Paris Peace Accords at 50 — how the United States got out of Vietnam","news13 (written for evaluation; explainer with timeline list)","","2023-01-27","'Fifty years ago today' the accords were signed (27 January 1973)"),
 ("n13_08_caracas_liveblog","LIVE: Venezuela crisis — Chávez back in Miraflores","news13 (written for evaluation; live blog with timestamps)","","2002-04-14","last-updated line of the blog"),
 ("n13_09_forty_seven_hours_qa","\"Forty-seven hours\": a historian looks back at Venezuela's April 2002 coup","news13 (written for evaluation; Q&A interview)","","2012-04-11","'Ten years ago this week'; set to the anniversary of 11 April 2002"),
 ("n13_10_safwan_radio","THE WORLD TONIGHT — Sunday 3 March 1991","news13 (written for evaluation; radio news transcript)","","1991-03-03","date in the transcript header"),
 ("n13_11_gulf_ceasefire_academic","3.2 From suspension to formal cease-fire: the legal architecture of April 1991","news13 (written for evaluation; academic paragraph with footnotes)","","2011-04","latest access date among its citations (12 April 2011)"),
 ("n13_12_army_club_opinion","The general called a meeting. Then he took the country.","news13 (written for evaluation; opinion column)","Somchai Wattana","2014-05-29","'Tuesday of last week' = 20 May 2014 martial law; set to Thursday 29 May 2014"),
]
with open("texts/manifest.csv","w",encoding="utf-8",newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id","file","title","publisher","author","published","published_basis"])
    for i,t,p,a,d,b in rows:
        w.writerow([i,i+".txt",t,p,a,d,b])
