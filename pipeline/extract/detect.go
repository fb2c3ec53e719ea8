package extract

import (
	"strings"

	"eventtimeline/pipeline/gazetteer"
	"eventtimeline/pipeline/model"
)

var (
	seizeVerbs     = set("seized", "seize", "seizes", "seizing", "took", "take", "takes", "taking", "taken", "grabbed", "grab", "grabbing", "usurped", "usurp", "wrested", "wrest", "assumed", "captured")
	cameVerbs      = set("came", "come", "comes", "coming", "swept", "rose", "brought")
	coupCountWords = set("two", "three", "both", "twin", "2", "3")
	coupSkipAdj    = set("successful", "military", "consecutive", "successive", "back-to-back", "recent", "separate", "attempted", "failed")
	genericSpread  = set("throughout", "across", "around", "worldwide", "continent", "region", "since")
	ceasefireNext  = set("talks", "negotiations", "negotiation", "negotiators", "mediators", "mediation", "discussions",
		"supervisors", "supervisor", "supervision", "monitors", "monitoring", "mechanism", "mechanisms", "commission",
		"committee", "line", "lines", "zone", "zones", "observers", "violations", "violation", "envoy")
	genericQuant = set("these", "those", "such", "repeated", "numerous", "many", "multiple", "various", "countless",
		"successive", "similar", "most", "some", "other", "previous", "past", "earlier", "frequent", "occasional")
	proposalNext    = set("proposal", "proposals", "plan", "plans", "offer", "offers", "framework", "draft", "initiative", "bid", "push", "call", "calls", "demand", "demands", "efforts", "effort", "resolution")
	agreementNouns  = set("agreement", "agreements", "accord", "accords", "deal", "deals", "treaty", "treaties", "pact", "settlement")
	signVerbs       = set("signed", "sign", "signing", "signs", "concluded", "conclude", "inked", "signatories", "signatory", "ratified", "initialled", "initialed", "sealed")
	localMods       = set("local", "ad", "temporary", "localised", "localized", "communal", "village", "disengagement")
	fightNouns      = set("fighting", "hostilities", "clashes", "violence", "combat", "attacks", "shelling", "battles", "bombardment", "strikes", "confrontation", "confrontations")
	truceNouns      = set("agreement", "deal", "truce", "ceasefire", "accord", "pact", "cease", "armistice")
	dealNouns       = set("deal", "agreement", "accord", "pact", "arrangement")
	reduceTargets   = set("troops", "troop", "footprint", "presence", "deployment", "deployments", "contingent", "personnel", "soldiers", "forces", "garrison", "peacekeepers", "mission", "operation", "operations", "boots")
	missionMods     = set("peacekeeping", "military", "stabilisation", "stabilization", "training", "un", "multinational", "regional", "international", "counterterrorism", "counter-terrorism", "combat", "monitoring", "observer", "ceasefire", "verification")
	leaveSkipNext   = set("wing", "flank", "side", "hand", "over", "unchanged", "unanswered", "open", "untouched", "office", "power", "government", "post", "party", "politics", "coalition", "race", "job", "hospital", "behind", "alone", "out", "it", "room", "school", "home", "prison")
	leaveSkipPrev   = set("the", "on", "to", "far", "centre", "center", "his", "her", "sick", "annual", "maternity", "no")
	dealReject      = set("with", "over", "on")
	talkNextOK      = set("with", "to")
	sitNext         = set("down")
	mediaNouns      = set("press", "donor", "donors", "news", "video", "academic", "investment", "climate", "energy", "security")
	announceVerbs   = set("announced", "announces", "announce", "announcing", "announcement", "decided", "ordered", "declared", "pledged", "promised", "confirmed", "said", "says", "stated", "told")
	objectNouns     = set("mission", "process", "effort", "efforts", "initiative", "team", "teams", "contacts", "consultations", "outreach", "approach")
	wishWords       = set("desire", "desires", "wish", "wishes", "want", "wants", "wanted", "willing", "ready", "readiness", "willingness", "keen", "eager", "interest", "goal", "goals", "aim", "objective", "objectives", "hope")
	complementVerbs = set("ensure", "ensures", "ensured", "ensuring", "believe", "believes", "believed", "think",
		"thinks", "thought", "argue", "argues", "argued", "suggest", "suggests", "suggested", "show", "shows", "showed",
		"mean", "means", "meant", "know", "knows", "knew", "fear", "fears", "feared", "warn", "warns", "warned",
		"conclude", "concluded", "stipulate", "stipulates", "stipulated", "hope", "hopes", "hoped", "sure", "certain",
		"likely", "possible", "unlikely", "clear", "evident", "given", "provided", "so", "such", "now", "fact", "seems",
		"appears", "learned", "learnt", "understood", "heard", "felt", "feel", "feels", "realised", "realized",
		"recognised", "recognized", "argument", "view", "belief", "assumption")
	stanceNouns = set("position", "positions", "stance", "policy", "policies", "views", "view", "attitude",
		"attitudes", "approach", "opinion", "opinions", "perspectives", "perspective", "thinking", "debate", "debates",
		"discourse", "rhetoric", "narrative", "question", "issue", "topic", "subject", "matter", "role", "value")
	leaveNounPrev = set("on", "sick", "annual", "maternity", "no", "his", "her", "their", "of")
	reduceSkip    = set("number", "numbers", "size", "level", "levels", "of", "by", "about", "half", "almost", "nearly",
		"military", "troop", "armed", "foreign", "overall", "total", "drastically", "sharply", "significantly",
		"further", "down", "back", "ground", "combat", "deployed", "its", "their", "international")
	scheduleWords = set("due", "set", "scheduled", "slated", "poised", "planned", "expected", "supposed", "meant")
	leaveAux      = set("last", "remaining", "all", "had", "have", "has", "finally", "eventually", "already", "only", "to", "would", "will", "also", "then", "began", "begun", "started", "being", "been", "were", "was", "are", "is", "officially", "formally", "completely", "fully", "reportedly")
	leaveObjNext  = set("hundreds", "dozens", "thousands", "scores", "dead", "many", "several", "at")
)

// detect finds the trigger candidates of the sentence.
func (s *sent) detect() {
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != kWord || t.head == hNone {
			continue
		}
		if t.cap && s.nameMasksTrigger(i) {
			continue // "Support" in "Rapid Support Forces"
		}
		h := t.head
		switch h {
		case hCoup:
			s.coupNoun(i)
		case hOust:
			s.oust(i)
		case hPower:
			s.power(i)
		case hCeasefire:
			s.ceasefire(i)
		case hCessation:
			j := i + 2
			for s.w(j) == "all" || s.w(j) == "military" || s.w(j) == "armed" {
				j++ // "a cessation of armed confrontation", "of military hostilities"
			}
			if s.w(i+1) == "of" && (s.in(j, fightNouns) || s.w(j) == "fire") {
				s.ceasefireAt(i, j+1, false)
			} else if k := s.militaryOperations(i + 2); s.w(i+1) == "of" && k > 0 {
				s.ceasefireAt(i, k, false) // "a complete cessation of military operations"
			} else if s.w(i-1) == "the" && s.truceVerbAfter(i) {
				s.ceasefireAt(i, i+1, false) // "The cessation takes effect at noon"
			}
		case hPause:
			if p := s.w(i - 1); p == "humanitarian" || p == "temporary" {
				s.ceasefireAt(i-1, i+1, t.w == "pauses")
			} else if k := i + 2; s.w(i+1) == "in" && (s.in(k, fightNouns) || s.w(k) == "the" && s.in(k+1, fightNouns)) && s.pauseAgreed(i) {
				// "the four-day pause in fighting between Israel and Hamas"
				if s.w(k) == "the" {
					k++
				}
				s.ceasefireAt(i, k+1, t.w == "pauses")
			} else if s.brokeredBefore(i) || s.truceVerbAfter(i) {
				// "the US-brokered pause agreed in Washington took effect"
				s.ceasefireAt(i, i+1, t.w == "pauses")
			}
		case hAggression:
			if s.w(i-1) == "non" && s.in(i+1, agreementNouns) {
				s.ceasefireAt(i-1, i+2, false)
			}
		case hResumed:
			s.resumed(i)
		case hPeace:
			if s.in(i+1, agreementNouns) {
				n := s.w(i + 1)
				// "the General Peace Accord": a name, which stays an accord
				named := t.cap && s.toks[i+1].cap && !s.titleCase()
				// ("the peace accords" are one accord, as "the accords" are)
				s.peaceCand(i, i+2, n[len(n)-1] == 's' && n != "settlement" && !named && s.w(i-1) != "the", named)
			} else if k := s.signedPeace(i); k >= 0 {
				s.peaceCand(k, i+1, false, false) // "today we sign a peace that will hold"
			}
		case hAgreement:
			s.agreement(i)
		case hCollapse:
			s.dealCollapse(i)
		case hSwap:
			s.swap(i)
		case hReturn:
			if s.w(i-1) == "in" && s.w(i+1) == "for" {
				s.exchangeFor(i)
			}
		case hWithdraw:
			s.withdrawVerb(i)
		case hWithdrawal, hPullout:
			s.withdrawalNoun(i)
		case hPull:
			if t.w == "pull" && s.w(i+1) == "out" && i+1 < len(s.toks) && s.toks[i+1].hyph && !s.in(i-1, verbLeaders) {
				s.withdrawalNoun(i) // "the pull-out"
				break
			}
			// "pull its troops and its ambassador out of Niger"; "Ukraine
			// pulled out of the town of Avdiivka"
			if k := s.anyFwd(i+1, i+7, cueOutBack); k > 0 && !s.boundaryIn(i+1, k) && (s.forceCue(i, k) || s.stateSubject(i) && s.territoryAfter(k) || s.peopleSubject(i) && s.fromName(i) || s.relSubjectForces(i)) && !s.nonForceWithdrawal(k) {
				s.addWithdrawal(i, k+1, partialOrCompleted(t.w == "pulled"), false)
			}
		case hDrawdown:
			if s.anyIn(i+1, i+3, cueFundsReserves) < 0 {
				s.addWithdrawal(i, i+1, "partial", false)
			}
		case hDraw:
			if s.w(i+1) == "down" && s.forceCue(i, i+1) {
				s.addWithdrawal(i, i+2, "partial", false)
			}
		case hLeave:
			s.leave(i)
		case hDepart:
			s.depart(i)
		case hMoveOut:
			s.moveOut(i)
		case hHeld:
			// "units have largely held their fire since mid-March"
			if (s.w(i+1) == "their" || s.w(i+1) == "its") && s.w(i+2) == "fire" {
				s.ceasefireAt(i, i+3, false)
				s.cands[len(s.cands)-1].sub = "in_effect"
			}
		case hSuspend:
			if k := s.armedCampaignAfter(i + 1); k > 0 {
				s.ceasefireAt(i, k, false) // "NATO suspended its air campaign on 10 June"
			} else if k := s.attacksAfter(i + 1); k > 0 && s.w(i-1) != "be" && !isBeForm(s.w(i-1)) {
				s.ceasefireAt(i, k, false) // "the rebels suspended all attacks on 5 May"
			} else if isBeForm(s.w(i-1)) && i >= 3 {
				// the passive: "offensive operations were suspended by the coalition"
				for b := i - 4; b < i-1; b++ {
					if b >= 0 && s.attacksAfter(b) == i-1 && (b == 0 || !s.in(b-1, attacksAfterSkip)) {
						s.ceasefireAt(b, i+1, false)
						break
					}
				}
			}
		case hCeased:
			// "Hostilities ceased at 6 a.m. on Monday", "declared that
			// hostilities had ceased": the fighting stopped
			k := i - 1
			if s.w(k) == "had" || s.w(k) == "have" || s.w(k) == "has" {
				k--
			}
			if s.in(k, fightNouns) || s.w(k) == "firing" || s.w(k) == "guns" {
				s.ceasefireAt(k, i+1, false)
				s.cands[len(s.cands)-1].sub = "in_effect"
			}
		case hSurrender:
			s.surrender(i)
		case hSpoke:
			s.spokeByPhone(i)
		case hAbandon:
			s.abandon(i)
		case hBring:
			s.bringHome(i)
		case hTake:
			s.takeOut(i)
		case hRelocate:
			if s.anyBack(i-1, i-5, cueCommandHeadquarters) >= 0 ||
				s.anyFwd(i+1, i+4, cueTroopsForces) >= 0 {
				s.addWithdrawal(i, i+1, partialOrCompleted(t.in(completedForms)), false)
			}
		case hClose:
			s.closeBases(i)
		case hHand:
			s.handOver(i)
		case hReduce:
			s.reduce(i)
		case hEnd:
			s.endMission(i)
		case hTalks:
			s.talksNoun(i)
		case hNegotiate:
			s.negotiateVerb(i)
		case hDialogue:
			if !s.inOrgName(i) && !(t.hyph && (s.w(i-1) == "pro" || s.w(i-1) == "anti")) {
				s.addTalks(i, i+1, false)
			}
		case hMediation:
			if t.w == "mediators" && !s.mediatorsAtWork(i) {
				continue
			}
			if t.w == "mediation" && len(s.cands) > 0 && s.manner(i) {
				continue // "carried out on Sunday under Turkish mediation": how another event came about
			}
			if !s.inOrgName(i) {
				s.addTalks(i, i+1, false)
			}
		case hConference:
			s.conference(i)
		case hDiscussion:
			s.discussion(i)
		case hTalkVerb:
			s.talkVerb(i)
		case hEngage:
			s.engage(i)
		case hMeetings:
			// meetings with an armed group: "met rebel leaders", "meetings with Taliban leaders"
			lo := i + 1
			if s.w(lo) == "with" || s.w(lo) == "between" {
				lo++
			}
			twoSides := s.w(i) == "contacts" && s.w(lo-1) == "between" && (s.w(lo+1) == "two" || s.w(lo+1) == "warring") && s.w(lo+2) == "sides"
			// "the meeting of commanders at Safwan" where a truce or its terms are settled
			commanders := s.w(i) == "meeting" && s.w(i+1) == "of" && (s.w(i+2) == "commanders" || s.w(i+2) == "military" && s.w(i+3) == "commanders") &&
				(s.hasWord(truceNouns) || s.hasWord(conflictCues) || s.anyIn(0, i, cueTerms) >= 0)
			if s.actorIn(lo, lo+5, gazetteer.KindArmedGroup) || s.anyFwd(lo, lo+4, cueRebelRebels) >= 0 || s.bothSidesMet(i) || twoSides || commanders {
				s.addTalks(i, i+1, false)
			}
		case hDebate:
			if s.anyFwd(i+1, i+5, cueBetweenWith) > 0 && (s.actorIn(i+1, i+12, gazetteer.KindArmedGroup) || s.anyIn(i+1, i+12, cueJihadistsMilitants) > 0) {
				s.addTalks(i, i+1, false)
			}
		case hMandateVerb:
			s.mandate(i)
		case hExpel:
			s.expel(i)
		case hHalt:
			s.haltFighting(i, i+1)
		}
	}
	s.acronymTriggers()
	s.accordAnaphor()
	s.truceAnaphor()
	s.swapDeal()
	s.reciprocalRelease()
	s.talksResponse()
	s.talksAnaphor()
	// passes keyed on one word run only when the sentence holds it
	if s.hasWord(postPassWords) {
		s.atTheTable()
		s.shuttleDiplomacy()
		s.wentHome()
		s.woundDown()
		s.freezeOperations()
		s.militaryRevolt()
	}
	s.seizeControl()
	s.forcedOut()
	s.beOut()
	s.againRepeat()
}

// yearNamed reports whether a ceasefire or accord trigger is named by
// its year after a determiner: "the 2016 peace agreement", "Colombia's
// 2016 accord". Such a reference presupposes the event.
func (s *sent) yearNamed(c *cand) bool {
	if c.typ != model.TypePeaceAgreement && c.typ != model.TypeCeasefire {
		return false
	}
	k := c.ts - 1
	if k < 1 {
		return false
	}
	if s.toks[k].kind == kNum && len(s.toks[k].w) == 4 && (s.w(k-1) == "the" || s.toks[k-1].kind == kPoss) {
		y := s.toks[k].w
		return y >= "1900" && y <= "2099"
	}
	// a date before it: "the Nov 10 deal", "the 12 August ceasefire"
	for _, t := range s.times {
		if t.b == c.ts && t.a >= 1 && (s.w(t.a) == "the" || s.w(t.a-1) == "the" || s.toks[t.a-1].kind == kPoss) && t.tx.Value != "" {
			return true
		}
	}
	return false
}

// militaryOperations returns the end of "(all) military operations",
// "armed actions" or "offensive operations" starting at i, or -1.
func (s *sent) militaryOperations(i int) int {
	if s.w(i) == "all" || s.w(i) == "its" || s.w(i) == "their" {
		i++
	}
	switch s.w(i) {
	case "military", "armed", "offensive", "combat":
	case "the":
		if s.w(i+1) != "operations" {
			return -1
		}
		return i + 2 // "a freeze on the operations of his militia"
	default:
		return -1
	}
	switch s.w(i + 1) {
	case "operations", "activity", "activities", "actions", "action", "campaign", "attacks":
		return i + 2
	}
	return -1
}

// wentHome finds forces going home, or said to be home: "the last Cuban
// soldiers flew home in May 1991", "all US troops would be home by the end
// of the year".
func (s *sent) wentHome() {
	if s.hasCand(model.TypeWithdrawal) || s.hasCand(model.TypePrisonerSwap) {
		return
	}
	for j := 1; j < len(s.toks); j++ {
		if s.w(j) != "home" {
			continue
		}
		v := j - 1
		switch s.w(v) {
		case "flew", "flown", "sailed", "be", "been":
			// (not "returned home": fighters and refugees go home too)
		default:
			continue
		}
		if s.anyBack(v-1, v-6, forceNouns) < 0 || s.anyBack(v-1, v-6, remainsNouns) >= 0 || s.anyBack(v-1, v-6, strictCaptives) >= 0 {
			continue
		}
		sub := "completed"
		if s.w(v) == "be" {
			sub = ""
		}
		s.addWithdrawal(v, j+1, sub, false)
		return
	}
}

// freezeOperations finds a declared freeze on an armed group's
// operations: "al-Sadr declared a freeze on the operations of his militia".
func (s *sent) freezeOperations() {
	if s.hasCand(model.TypeCeasefire) {
		return
	}
	for j := 1; j+2 < len(s.toks); j++ {
		if s.w(j) != "freeze" || s.w(j+1) != "on" {
			continue
		}
		if e := s.militaryOperations(j + 2); e > 0 || s.in(j+2, fightNouns) || s.w(j+2) == "all" && s.in(j+3, fightNouns) {
			s.ceasefireAt(j, j+1, false)
			return
		}
	}
}

// woundDown finds a mission or operation wound down or up, or done with
// its mandate: "the last UN observer mission was wound down", "the army is
// winding down its operation", "the monitoring mission wound up in
// December", "the mission today completed its mandate".
func (s *sent) woundDown() {
	if s.hasCand(model.TypeWithdrawal) {
		return
	}
	for j := 1; j+1 < len(s.toks); j++ {
		w := s.w(j)
		switch {
		case (w == "wound" || w == "winding" || w == "winds") && (s.w(j+1) == "down" || s.w(j+1) == "up"):
		case (w == "completed" || w == "concluded" || w == "ended" || w == "fulfilled") && (s.w(j+1) == "its" || s.w(j+1) == "their") && s.w(j+2) == "mandate":
			if s.anyIn(0, min(5, j-1), cueMissionOperation) < 0 && s.anyIn(j-6, j-1, cueMissionOperation) < 0 && !s.actorIn(j-8, j-1, gazetteer.KindMission) {
				continue // the mission is the subject, next to the verb or opening the sentence
			}
			s.addWithdrawal(j, j+3, "completed", false)
			return
		default:
			continue
		}
		if s.anyIn(j-6, j+5, cueMissionOperation) < 0 || s.militaryIn(j-8, j+6) < 0 && s.anyIn(j-8, j+6, missionMods) < 0 && !s.actorIn(j-8, j+6, gazetteer.KindMission) ||
			s.anyIn(j-6, j-1, nonPeaceMods) >= 0 {
			continue
		}
		s.addWithdrawal(j, j+2, partialOrCompleted(s.w(j) == "wound"), false)
		return
	}
}

// militaryRevolt finds an attempted coup told as a revolt of the military:
// "a second uprising, led by other officers, followed in November",
// "senior officers declared that they had rebelled against the
// government". A mutiny over pay, or rebels rising against the state,
// is no coup.
func (s *sent) militaryRevolt() {
	if s.hasCand(model.TypeCoup) {
		return
	}
	for j := 0; j < len(s.toks); j++ {
		switch s.w(j) {
		case "uprising", "rebellion", "revolt":
			k := j + 1
			if s.w(k) == "," {
				k++
			}
			if s.w(k) != "led" || s.w(k+1) != "by" {
				continue
			}
			if s.militaryIn(k+2, k+5) < 0 || s.anyIn(k+2, k+5, insurgentWords) >= 0 {
				continue
			}
			s.add(cand{typ: model.TypeCoup, sub: "attempt", ts: j, te: k + 2})
			return
		case "rebelled", "revolted":
			if s.w(j+1) != "against" {
				continue
			}
			g := j + 2
			if s.w(g) == "the" {
				g++
			}
			if !s.in(g, governmentNouns) && !s.headOfStateAt(g) && s.w(g) != "regime" {
				continue
			}
			lo := j - 10
			if s.w(j-1) == "they" || s.w(j-2) == "they" && (s.w(j-1) == "have" || s.w(j-1) == "had") {
				lo = 0 // "officers ... declares that they have rebelled"
			}
			if s.militaryIn(lo, j-1) < 0 || s.anyIn(lo, j-1, insurgentWords) >= 0 || s.anyIn(lo, j-1, cueRebelRebels) >= 0 {
				continue
			}
			s.add(cand{typ: model.TypeCoup, sub: "attempt", ts: j, te: j + 2})
			return
		}
	}
}

// shuttleDiplomacy finds mediation told as "shuttle diplomacy": talks
// through a go-between.
func (s *sent) shuttleDiplomacy() {
	if s.hasCand(model.TypeTalks) {
		return
	}
	for j := 1; j < len(s.toks); j++ {
		if s.w(j) == "diplomacy" && s.w(j-1) == "shuttle" {
			s.addTalks(j-1, j+1, false)
			return
		}
	}
}

// atTheTable finds talks told as parties sitting at a table: "the
// delegations sat across a table in Istanbul", "the parties last sat at
// the table in Geneva", "before Sinn Féin could take its seat at the
// table", "returned to the negotiating table".
func (s *sent) atTheTable() {
	if s.hasCand(model.TypeTalks) {
		return
	}
	for j := 2; j < len(s.toks); j++ {
		if s.w(j) != "table" {
			continue
		}
		if s.w(j-1) == "round" && s.toks[j].hyph && !s.in(j+1, nonTalksAfterTable) {
			s.addTalks(j-1, j+1, false) // "opened the round-table on January 15"
			return
		}
		k := j - 1
		if s.w(k) == "negotiating" || s.w(k) == "same" || s.w(k) == "one" {
			k--
		}
		if !isDeterminer(s.w(k)) {
			continue
		}
		k--
		switch s.w(k) {
		case "at", "across", "around", "to":
		default:
			continue
		}
		v := k - 1
		if s.w(v) == "down" || s.w(v) == "back" {
			v--
		}
		switch s.w(v) {
		case "sat", "sit", "sits", "sitting", "seat", "seats", "returned", "return", "returns", "returning", "came", "come", "brought", "bring":
		default:
			continue
		}
		if s.w(j-1) != "negotiating" {
			// a table of the parties, not of guests at dinner: the
			// subject names them
			if s.w(v) != "sat" && s.w(v) != "sit" && s.w(v) != "sits" && s.w(v) != "sitting" && s.w(v) != "seat" && s.w(v) != "seats" {
				continue // "came to the table" only as the negotiating table
			}
			parties := s.anyIn(v-8, v-1, partyWords) >= 0 || s.anyIn(v-8, v-1, cueRebelRebels) >= 0 ||
				s.actorIn(v-8, v-1, gazetteer.KindArmedGroup, gazetteer.KindGovernment, gazetteer.KindCountry)
			if !parties {
				continue
			}
		}
		s.addTalks(v, j+1, false)
		return
	}
}

// peopleFreedBefore reports whether people are told freed before token i
// in its clause: "nearly 900 prisoners freed", "Five Americans were
// released", "900 people were freed and flown home".
func (s *sent) peopleFreedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-30; k-- {
		if s.hardBoundary(k) {
			return false
		}
		switch s.w(k) {
		case "freed", "released", "liberated", "repatriated":
		default:
			continue
		}
		for m := max(k-6, 0); m < i && m <= k+6; m++ {
			if m != k && (s.in(m, strictCaptives) || s.in(m, personNouns) || s.w(m) == "people" || s.w(m) == "detainees") {
				return true
			}
		}
	}
	return false
}

// inPhraseBefore reports whether the noun at i heads an "in a/the ..."
// phrase: "in the exchange", "in a three-day exchange", "in a swap".
func (s *sent) inPhraseBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch s.w(k) {
		case "in", "under", "during", "as":
			return true
		case "a", "an", "the", "this", "that", "first", "second", "third", "final", "latest", "-", "day", "three", "two", "four":
			continue
		}
		if s.toks[k].kind == kNum || s.toks[k].hyph {
			continue
		}
		return false
	}
	return false
}

// captivesForCaptives reports whether tokens [lo,hi] hold captives or
// people traded for others: "ten Ukrainian soldiers for ten Russian
// soldiers", "two journalists for a spy".
func (s *sent) captivesForCaptives(lo, hi int) bool {
	for k := lo; k <= hi && k+2 < len(s.toks); k++ {
		if s.hardBoundary(k) || s.in(k, notCaptives) {
			return false
		}
		if !(s.in(k, strictCaptives) || s.in(k, personNouns)) || s.w(k+1) != "for" {
			continue
		}
		for m := k + 2; m <= k+6 && m < len(s.toks); m++ {
			if s.hardBoundary(m) || s.in(m, notCaptives) {
				break
			}
			if s.in(m, strictCaptives) || s.in(m, personNouns) {
				return true
			}
		}
	}
	return false
}

// brokeredBefore reports whether a "-brokered" or "-mediated" compound
// modifies the noun at i: "the US-brokered pause".
func (s *sent) brokeredBefore(i int) bool {
	switch s.w(i - 1) {
	case "brokered", "mediated", "backed", "sponsored":
		return i >= 2 && s.toks[i-1].hyph
	}
	return false
}

// truceVerbAfter reports whether the noun at i is the subject of a
// truce's own verbs: "the pause took effect", "the pause agreed in
// Washington ... collapsed".
func (s *sent) truceVerbAfter(i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+5; k++ {
		switch s.w(k) {
		case "effect", "force":
			p := s.w(k - 1)
			return p == "took" || p == "into" || p == "takes"
		case "agreed", "brokered", "declared":
			return k == i+1
		case "in", "of", "on", "for":
			return false // "a pause in talks", "a pause on payments"
		}
		if s.hardBoundary(k) {
			return false
		}
	}
	return false
}

// armedCampaignAfter returns the end of "(to|of) its armed campaign",
// "their campaign", "its armed struggle", "the campaign of violence"
// starting at i, or -1.
func (s *sent) armedCampaignAfter(i int) int {
	k := i
	if s.w(k) == "to" || s.w(k) == "of" {
		k++
	}
	switch s.w(k) {
	case "its", "their", "the", "his":
		k++
	default:
		return -1
	}
	armed := false
	for s.w(k) == "armed" || s.w(k) == "military" || s.w(k) == "violent" || s.w(k) == "guerrilla" || s.w(k) == "bombing" || s.w(k) == "air" ||
		s.toks[k].kind == kNum || s.toks[k].hyph || s.w(k) == "day" || s.w(k) == "week" || s.w(k) == "month" || s.w(k) == "year" {
		armed = true
		k++
	}
	switch s.w(k) {
	case "campaign":
		if s.w(k+1) == "of" && (s.w(k+2) == "violence" || s.w(k+2) == "attacks" || s.w(k+2) == "bombings") {
			return k + 3
		}
		if armed || s.anyIn(k-12, k-1, cueRebelRebels) >= 0 || s.actorIn(k-12, k-1, gazetteer.KindArmedGroup) {
			return k + 1
		}
	case "struggle", "insurgency", "rebellion":
		if armed || s.w(k) != "struggle" {
			return k + 1
		}
	}
	return -1
}

// missionMandateEnded reports whether the verb at i ("ended",
// "expired", "lapsed", "terminated") has for subject the mandate of a
// peacekeeping mission: "UNTAC's mandate ended", "the mandate of UNAMIR
// expired", "the UN mission's mandate lapsed". A government's or a
// president's mandate is no mission's.
func (s *sent) missionMandateEnded(i int) bool {
	switch s.w(i) {
	case "ended", "expired", "lapsed", "terminated":
	default:
		return false
	}
	m := -1
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if s.hardBoundary(k) || s.w(k) == "," {
			break
		}
		if s.w(k) == "mandate" {
			m = k
			break
		}
	}
	if m < 0 {
		return false
	}
	if s.actorIn(max(m-4, 0), i-1, gazetteer.KindMission) {
		return true
	}
	// "the UN mission's mandate", "the peacekeeping force's mandate"
	for k := m - 1; k >= 0 && k >= m-3; k-- {
		switch s.w(k) {
		case "mission", "mission's", "missions", "peacekeepers", "peacekeeping":
			return true
		}
	}
	return false
}

// operationEnded reports whether the verb "ended" at i tells the end of a
// military operation or mission named before it: "the Army's operation
// in Northern Ireland formally ended", "Operation Banner ... comes to an
// end".
func (s *sent) operationEnded(i int) bool {
	v := i
	if s.w(i) == "end" {
		// "comes to an end", "came to an end"
		if s.w(i-1) != "an" || s.w(i-2) != "to" {
			return false
		}
		switch s.w(i - 3) {
		case "come", "comes", "came", "coming":
		default:
			return false
		}
		v = i - 3
	}
	k := s.anyBack(v-1, v-12, cueMissionOperation)
	if k < 0 || s.boundaryIn(k+1, v) && !s.appositionBetween(max(k-10, 0), v) {
		return false
	}
	if s.w(k) == "mandate" || s.w(k) == "presence" {
		return false
	}
	// a military operation: the army's, or one named "Operation X"
	return s.militaryIn(k-6, k-1) >= 0 || s.in(k-1, missionMods) ||
		s.w(k) == "operation" && k+1 < len(s.toks) && s.toks[k].cap && s.toks[k+1].cap
}

// appositionBetween reports whether tokens [a,b), after the last hard
// boundary among them, hold one apposition set off by commas ("Operation
// Banner, the Army's 38-year deployment in support of the police, comes
// to an end"): two commas.
func (s *sent) appositionBetween(a, b int) bool {
	n := 0
	for k := a; k < b; k++ {
		if s.hardBoundary(k) {
			n = 0
			continue
		}
		if s.w(k) == "," {
			n++
		}
	}
	return n == 2
}

// haltAfter reports whether "to halt (stop, suspend, pause, cease) the
// fighting (march, advance, offensive, attacks)" or "to silence the guns"
// follows at i, perhaps with an adverb ("to permanently silence"): what a
// ceasefire agrees.
func (s *sent) haltAfter(i int) bool {
	if s.w(i) != "to" {
		return false
	}
	v := i + 1
	if strings.HasSuffix(s.w(v), "ly") && s.toks[v].kind == kWord {
		v++ // "to permanently silence the guns"
	}
	switch s.w(v) {
	case "halt", "stop", "suspend", "pause", "cease", "freeze":
	case "silence":
		// "an agreement to silence the guns": the guns fall silent
		for k := v + 1; k <= v+3 && k < len(s.toks); k++ {
			if w := s.w(k); w == "guns" || w == "weapons" || w == "arms" {
				return true
			}
		}
		return false
	default:
		return false
	}
	for k := v + 1; k <= v+4 && k < len(s.toks); k++ {
		if s.in(k, fightNouns) {
			return true
		}
		switch s.w(k) {
		case "march", "advance", "offensive", "assault", "firing", "fire", "operations", "mutiny":
			return true
		}
	}
	return false
}

// presentVerb reports whether the trigger at i is a verb in the base or
// present form ("leave", "withdraws", "sign"), not a past one or a noun.
func (s *sent) presentVerb(i int) bool {
	switch s.w(i) {
	case "leave", "leaves", "withdraw", "withdraws", "pull", "pulls", "sign", "signs", "exchange", "swap",
		"hand", "hands", "agree", "agrees", "stop", "stops", "end", "ends", "release", "releases", "free", "frees":
		return true
	}
	return false
}

// willBefore reports whether "will", "would" or "'ll" comes before token j
// in the same clause chain: the main clause speaks of the future.
func (s *sent) willBefore(j int) bool {
	for k := j - 1; k >= 0 && k >= j-15; k-- {
		if s.hardBoundary(k) {
			return false
		}
		switch s.w(k) {
		case "will", "would", "ll", "shall":
			return true
		}
	}
	return false
}

// manner reports whether the noun at i is governed by "under",
// "through", "via" or "thanks to", perhaps after one modifier ("under
// Turkish mediation"): it tells how another event came about.
func (s *sent) manner(i int) bool {
	k := i - 1
	if k >= 0 && (s.toks[k].cap || s.w(k) == "un" || s.w(k) == "international" || s.w(k) == "regional") {
		k--
	}
	switch s.w(k) {
	case "under", "through", "via":
		return true
	case "to":
		return s.w(k-1) == "thanks"
	}
	return false
}

// lectureAfter reports whether the talks at i are lectures, told after
// the noun: "talks she gave at the School", "talks given by the
// professor", "a spring series of talks on Yemeni history" (a series on a
// subject, not between parties).
func (s *sent) lectureAfter(i int) bool {
	k := i + 1
	if s.w(k) == "that" || s.w(k) == "which" {
		k++
	}
	if (s.w(k) == "she" || s.w(k) == "he" || s.w(k) == "they" || s.w(k) == "i") && s.in(k+1, lectureVerbs) || s.w(k) == "given" && s.w(k+1) == "by" {
		return true
	}
	if s.w(i-1) == "public" && s.w(i-2) == "of" && s.w(i-3) == "series" {
		return true // "a series of public talks at the university"
	}
	if s.w(i-1) == "of" && s.w(i-2) == "series" && s.w(i+1) == "on" {
		for m := i + 2; m <= i+5 && m < len(s.toks); m++ {
			if s.in(m, partyWords) || s.w(m) == "peace" || s.w(m) == "ceasefire" || s.w(m) == "truce" || s.w(m) == "prisoners" {
				return false
			}
		}
		return true
	}
	return false
}

// parentheticalStart returns the comma that opens a parenthetical clause
// closed by the comma at j (", as that deployment begins,"), or -1.
func (s *sent) parentheticalStart(j int) int {
	for k := j - 1; k >= 0 && k >= j-8; k-- {
		if s.hardBoundary(k) {
			return -1
		}
		if s.w(k) == "," {
			switch s.w(k + 1) {
			case "as", "while", "when", "once", "after", "before":
				return k
			}
			return -1
		}
	}
	return -1
}

// untilAfter reports whether "until" or "unless" opens a condition
// after the trigger in its clause.
func (s *sent) untilAfter(c *cand) bool {
	for j := c.te; j < len(s.toks) && j <= c.te+10; j++ {
		if s.hardBoundary(j) {
			return false
		}
		if w := s.w(j); w == "until" || w == "unless" || w == "till" {
			return true
		}
	}
	return false
}

// namesPutTo reports whether the signatories "put their names to" the
// agreement noun at i: a signing.
func (s *sent) namesPutTo(i int) bool {
	k := i - 1
	if isDeterminer(s.w(k)) {
		k--
	}
	if s.w(k) != "to" {
		return false
	}
	switch s.w(k - 1) {
	case "names", "name", "signature", "signatures":
		return s.w(k-2) == "their" || s.w(k-2) == "his" || s.w(k-2) == "her"
	}
	return false
}

// datePremodifies reports whether a day and month stand right before the
// noun at i after a determiner: "the Nov 10 deal", "the 12 August accord".
func (s *sent) datePremodifies(i int) bool {
	a, b := s.toks[max(i-2, 0)], s.toks[max(i-1, 0)]
	if i < 3 || !(s.w(i-3) == "the" || s.toks[i-3].kind == kPoss) {
		return false
	}
	day := func(t tok) bool { return t.kind == kNum && len(t.w) <= 2 }
	return day(b) && isMonthWord(a.w) && !isWeekdayWord(a.w) || day(a) && isMonthWord(b.w) && !isWeekdayWord(b.w)
}

// dateOfAfter reports whether "of" and a date follow the noun at i: "the
// Pretoria agreement of April 2005", "the accord of 1998".
func (s *sent) dateOfAfter(i int) bool {
	if s.w(i+1) != "of" || i+2 >= len(s.toks) {
		return false
	}
	if isYear(s.toks[i+2]) {
		return true
	}
	k := i + 2
	if s.toks[k].kind == kNum && len(s.toks[k].w) <= 2 {
		k++ // "of 4 April 1990"
	}
	return k+1 < len(s.toks) && isMonthWord(s.w(k)) && !isWeekdayWord(s.w(k)) && isYear(s.toks[k+1])
}

// isWeekdayWord reports whether w is a weekday's name.
func isWeekdayWord(w string) bool {
	switch strings.ToLower(w) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// signedPeace returns the signing verb that takes "peace" at i as its
// object ("signed a lasting peace", "sign the peace"), or -1.
func (s *sent) signedPeace(i int) int {
	k := i - 1
	for n := 0; n < 3 && k >= 0; n++ {
		switch s.w(k) {
		case "a", "the", "this", "its", "their", "lasting", "durable", "final", "historic", "comprehensive", "just":
			k--
			continue
		}
		break
	}
	if k == i-1 {
		return -1 // "signing peace" is an adjective: "the peace signing ceremony" is no accord
	}
	switch s.w(k) {
	case "sign", "signs", "signed", "signing":
		return k
	}
	return -1
}

// swapDeal finds a prisoner swap named "the deal" shortly after a swap
// was mentioned, when the sentence tells the deal being made: "The deal
// was agreed last week", "The cabinet approved the deal on Wednesday".
func (s *sent) swapDeal() {
	if !s.ctx.recentSwap || s.ctx.recentCeasefire || s.hasCand(model.TypePrisonerSwap) || s.hasCand(model.TypeCeasefire) || s.hasCand(model.TypePeaceAgreement) {
		return // after a truce too, "the deal" may be the truce
	}
	for j := 1; j < len(s.toks); j++ {
		switch s.w(j) {
		case "deal", "agreement":
		default:
			continue
		}
		if s.toks[j-1].kind == kPoss && isWeekdayWord(s.w(j-2)) {
			// "the speed of Friday's deal" right after a swap
			s.add(cand{typ: model.TypePrisonerSwap, ts: j - 2, te: j + 1})
			return
		}
		if s.w(j-1) != "the" || s.toks[j].cap {
			continue // "the Doha Agreement": a named accord
		}
		made := s.in(j-2, swapDealVerbs)
		if !made && (s.w(j+1) == "was" || s.w(j+1) == "had") {
			k := j + 2
			if s.w(k) == "been" {
				k++
			}
			made = s.in(k, swapDealVerbs)
		}
		if !made && s.w(j-2) == "of" && s.w(j-3) == "part" && s.releaseBefore(j-3) {
			// "... released 20 political prisoners as part of the deal"
			made = true
		}
		if made {
			s.add(cand{typ: model.TypePrisonerSwap, ts: j - 1, te: j + 1})
			return
		}
	}
}

// releaseBefore reports whether the sentence tells captives being freed
// before token i: a release verb followed closely by captives.
func (s *sent) releaseBefore(i int) bool {
	for k := 0; k < i; k++ {
		if !s.in(k, releaseWords) {
			continue
		}
		for m := k + 1; m < i && m <= k+5; m++ {
			if s.in(m, notCaptives) || s.hardBoundary(m) {
				break
			}
			if s.in(m, strictCaptives) {
				return true
			}
		}
	}
	return false
}

// againRepeat finds an event told again in the same sentence by ", and
// again": "It was extended on Monday by two days, and again two days later
// by a further 24 hours" holds two extensions.
func (s *sent) againRepeat() {
	n := len(s.cands)
	for ci := 0; ci < n; ci++ {
		c := s.cands[ci]
		for k := c.te; k+1 < len(s.toks) && k <= c.te+24; k++ {
			if w := s.w(k); s.hardBoundary(k) || w == "who" || w == "which" || w == "that" || w == "whose" {
				break // "toppling X, who had been elected in 2015 and again in 2020": another verb's
			}
			if s.w(k) == "and" && s.w(k+1) == "again" {
				s.add(cand{typ: c.typ, sub: c.sub, ts: k + 1, te: k + 2, plural: c.plural, repeatOf: ci + 1})
				break
			}
		}
	}
}

// talksResponse finds the answer to an offer of talks made in the
// sentence before: "The rebels responded positively within weeks.", "the
// group issued a statement welcoming the decision".
func (s *sent) talksResponse() {
	if !s.ctx.prevTalks || s.hasCand(model.TypeTalks) {
		return
	}
	for i := range s.toks {
		w := s.w(i)
		switch {
		case w == "responded" || w == "reacted":
			if n := s.w(i + 1); n == "positively" || n == "favourably" || n == "favorably" {
				s.add(cand{typ: model.TypeTalks, sub: "offer", ts: i, te: i + 2})
				return
			}
		case s.in(i, responseVerbs):
			if s.anyFwd(i+1, i+3, offerNouns) >= 0 {
				s.add(cand{typ: model.TypeTalks, sub: "offer", ts: i, te: i + 1})
				return
			}
		}
	}
}

// talksAnaphor finds talks named by a pronoun or a bare "round" in the
// sentence after one about talks: "They resumed in Vilnius in November",
// "the latest round, held in Vienna last week, ...".
func (s *sent) talksAnaphor() {
	if !s.ctx.prevTalks && !s.ctx.earlierTalks || s.hasCand(model.TypeTalks) {
		return
	}
	if s.w(0) == "they" && len(s.toks) > 1 && s.ctx.prevTalks {
		switch s.w(1) {
		case "resumed", "reopened", "restarted":
			s.add(cand{typ: model.TypeTalks, sub: "held", ts: 0, te: 2})
		}
	}
	for j := 1; j < len(s.toks); j++ {
		if s.w(j) != "round" || s.w(j+1) == "of" {
			continue
		}
		m := j - 1
		if m >= 1 && s.toks[m].cap && s.toks[m].kind == kWord {
			m-- // a venue between: "the second Geneva round"
		}
		switch p := s.w(m); p {
		case "latest", "last", "new", "first", "second", "third", "fourth", "fifth", "sixth", "final", "previous":
			// right after talks: any of these; anywhere after talks,
			// an ordinal ("The first round took place on 28 February")
			if s.ctx.prevTalks || p != "latest" && p != "last" && p != "new" && p != "previous" {
				s.add(cand{typ: model.TypeTalks, sub: "held", ts: m, te: j + 1})
				return
			}
		}
	}
}

// isBeForm reports whether w is a form of "be" that makes a passive.
func isBeForm(w string) bool {
	switch w {
	case "was", "were", "been", "is", "are", "be":
		return true
	}
	return false
}

// bothSidesMet reports whether the subject of "met" at i is both parties
// of a conflict or their delegations: "the two sides' commanders met",
// "both sides met", "military delegations had met".
func (s *sent) bothSidesMet(i int) bool {
	if s.w(i) != "met" {
		return false
	}
	top := i - 1
	if s.w(top) == "," {
		// past an apposition of names: "the two security chiefs, A and B, met"
		for m := top - 1; m >= 1 && m >= top-10; m-- {
			if s.w(m) == "," {
				top = m - 1
				break
			}
			if s.toks[m].kind == kPunct || !s.toks[m].cap && s.w(m) != "and" {
				break
			}
		}
		if top == i-1 {
			return false
		}
	}
	for k := top; k >= 0 && k >= top-4; k-- {
		if s.toks[k].kind == kPunct && s.toks[k].w != "'" && s.toks[k].w != "’" {
			return false
		}
		switch q := s.w(k); q {
		case "sides", "parties", "belligerents":
			p := s.w(k - 1)
			return p == "two" || p == "both" || p == "warring" || p == "rival"
		case "delegations", "negotiators", "delegates", "envoys":
			return true
		case "ministers", "leaders", "presidents", "commanders", "chiefs", "governments", "countries":
			// "the two foreign ministers had met in Antalya"
			if s.w(k-1) == "two" || s.w(k-2) == "two" || s.w(k-1) == "both" || s.w(k-2) == "both" {
				return true
			}
		}
	}
	return false
}

// byMilitary reports whether "by" and an armed force follow token i
// closely: "an attempt to seize power, by junior officers".
func (s *sent) byMilitary(i int) bool {
	k := s.anyFwd(i, i+2, cueBy)
	return k >= 0 && s.anyIn(k+1, k+4, militaryActors) >= 0
}

// seizeControl finds a coup told as armed forces taking control of the
// state: "the armed forces were taking control of the country".
func (s *sent) seizeControl() {
	if s.hasCand(model.TypeCoup) {
		return
	}
	for i := 1; i+1 < len(s.toks); i++ {
		pron := false // the subject is a pronoun standing for the military
		switch {
		case s.w(i) == "control" && s.in(i-1, controlVerbs) && s.w(i+1) == "of":
			if !s.in(i+3, stateNouns) && !s.in(i+2, stateNouns) {
				continue
			}
			// "a council led by the army commander announced that it had
			// taken control of the capital"
			pron = s.pronounOfMilitary(i - 2)
		case s.w(i) == "over" && s.in(i-1, controlVerbs):
			// "soldiers took over the state broadcaster", "the military
			// has taken over the government", "the army took over."
			if s.anyFwd(i+1, i+4, seatNouns) < 0 && s.anyFwd(i+1, i+3, governmentNouns) < 0 && !s.clauseEnd(i+1) {
				continue
			}
			pron = s.pronounOfMilitary(i - 2)
		case s.in(i-1, detainVerbs) && s.headOfStateAt(i):
			// "mutinous soldiers detained President X": i is the word after the verb
		case s.w(i-1) == "seized" || s.w(i-1) == "occupied" || s.w(i-1) == "captured":
			// "soldiers seized the headquarters of the state broadcaster",
			// "troops occupied the presidential palace"
			k := s.anyFwd(i, i+5, seatNouns)
			if k < 0 || s.hardBoundary(k-1) {
				continue
			}
			if m := s.w(k - 1); m != "state" && m != "presidential" && m != "national" && s.w(k) != "parliament" && s.w(k) != "presidency" {
				continue
			}
		case s.in(i-1, stormVerbs) && (s.w(i-1) != "burst" && s.w(i-1) != "bursts" || s.w(i) == "into"):
			// "soldiers stormed the presidential palace": i is the word
			// after the verb, as "control" and "over" are above ("burst
			// into the Congress")
			if k := s.anyFwd(i, i+3, seatNouns); (k < 0 || s.w(k) == "radio" || s.w(k) == "television") && !s.leaderHome(i) {
				continue
			}
		default:
			continue
		}
		if !pron && s.militaryIn(i-8, i-2) < 0 && s.anyIn(i-8, i-2, forceNouns) < 0 || s.anyIn(i-8, i-2, insurgentWords) >= 0 || s.anyIn(i-8, i-2, cueRebelRebels) >= 0 {
			continue
		}
		te := i + 1
		if s.in(i-1, stormVerbs) || s.in(i-1, detainVerbs) || s.w(i-1) == "seized" || s.w(i-1) == "occupied" || s.w(i-1) == "captured" {
			te = i // the verb alone
		}
		s.add(cand{typ: model.TypeCoup, sub: "successful", ts: i - 1, te: te})
		return
	}
}

// militaryIn returns the first token in [lo,hi] naming the military: a
// word of militaryActors or "armed forces"; -1 when none.
func (s *sent) militaryIn(lo, hi int) int {
	if k := s.anyIn(lo, hi, militaryActors); k >= 0 {
		return k
	}
	for k := max(lo, 1); k <= hi && k < len(s.toks); k++ {
		if (s.w(k) == "forces" || s.w(k) == "men") && s.w(k-1) == "armed" {
			return k // "the armed forces", "a dozen armed men"
		}
	}
	return -1
}

// byInsurgentsAfter reports whether "by" rebels, protesters or a foreign
// army follows the verb at i: no coup.
func (s *sent) byInsurgentsAfter(i int) bool {
	k := s.anyFwd(i+1, i+3, cueBy)
	if k < 0 {
		return false
	}
	return s.anyIn(k+1, k+5, insurgentWords) >= 0 || s.anyIn(k+1, k+5, cueRebelRebels) >= 0 || s.actorIn(k+1, k+5, gazetteer.KindCountry, gazetteer.KindArmedGroup) ||
		s.w(k+1) == "protesters" || s.w(k+1) == "a" && (s.w(k+2) == "revolution" || s.w(k+2) == "popular" || s.w(k+2) == "foreign")
}

// coupBefore reports whether a coup by the military was found earlier in
// the clause, before token i, whose subject the verb at i shares: "The
// army overthrew the government in 1960, forced a cabinet out in 1971 and
// seized power in 1980". A semicolon, colon or dash ends the clause.
func (s *sent) coupBefore(i int) bool {
	for _, c := range s.cands {
		if c.typ != model.TypeCoup || c.te > i || i-c.te > 30 {
			continue
		}
		if s.militaryIn(c.ts-8, c.ts-1) < 0 {
			continue
		}
		boundary := false
		for k := c.te; k < i; k++ {
			if s.hardBoundary(k) {
				boundary = true
				break
			}
		}
		if !boundary {
			return true
		}
	}
	return false
}

// passiveAt reports whether the participle at i is passive: a form of
// "be" before it, past a reflexive or an adverb ("was himself overthrown",
// "has in effect been ousted", "was effectively removed").
func (s *sent) passiveAt(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := s.w(k)
		switch {
		case isBeForm(w):
			return true
		case passiveFiller(w), w == "effect" && s.w(k-1) == "in", w == "in" && s.w(k+1) == "effect":
		default:
			return false
		}
	}
	return false
}

// passiveFiller: the words that may stand between "be" and its
// participle, or between a subject and "be", in a passive.
func passiveFiller(w string) bool {
	switch w {
	case "himself", "herself", "themselves", "effectively", "finally", "eventually", "already", "now", "then",
		"has", "have", "had", "quickly", "swiftly", "briefly", "forcibly":
		return true
	}
	return false
}

// byMilitaryAfter reports whether "by the army" (the military, soldiers)
// follows in tokens [lo,hi].
func (s *sent) byMilitaryAfter(lo, hi int) bool {
	for k := lo; k <= hi && k < len(s.toks); k++ {
		if s.hardBoundary(k) {
			return false
		}
		if s.w(k) == "by" && s.militaryIn(k+1, k+4) >= 0 {
			return true
		}
	}
	return false
}

// clauseEnd reports whether token k ends a clause: punctuation or the
// end of the sentence ("and on 12 September 1980 it simply took over.").
func (s *sent) clauseEnd(k int) bool {
	return k >= len(s.toks) || s.toks[k].kind == kPunct && s.w(k) != "-"
}

// pronounOfMilitary reports whether the words before token k, back to a
// pronoun subject ("it", "he", "they") a few words before, stand for the
// military named earlier in the sentence or in the previous sentence of
// the paragraph: "The army ... and in 1980 it simply took over".
func (s *sent) pronounOfMilitary(k int) bool {
	p := -1
	for m := k; m >= 0 && m >= k-3; m-- {
		if w := s.w(m); w == "it" || w == "he" || w == "they" {
			p = m
			break
		}
	}
	if p < 0 {
		return false
	}
	if s.militaryIn(p-20, p-1) >= 0 {
		return true
	}
	c := s.ctx
	if c == nil || c.doc == nil || c.si == 0 || c.si >= len(c.doc.Sentences) {
		return false
	}
	prev := c.doc.Sentences[c.si-1]
	if !sameParagraph(c.doc.Text, prev.End, c.doc.Sentences[c.si].Start) {
		return false
	}
	text := c.doc.Text[prev.Start:prev.End]
	return hasWordOf(text, militaryActors) || strings.Contains(text, "armed forces")
}

// forcedOut finds a government forced from office by the military: "the
// army forced an Islamist-led government from office in 1997", "it
// forced another government out by memorandum".
func (s *sent) forcedOut() {
	for i := 1; i+2 < len(s.toks); i++ {
		switch s.w(i) {
		case "forced", "forcing", "force", "forces":
		default:
			continue
		}
		if s.w(i) == "forces" && s.w(i-1) == "armed" {
			continue
		}
		// the object: a government or its head, within a few words
		obj := -1
		for k := i + 1; k <= i+5 && k < len(s.toks); k++ {
			if s.w(k) == "," || s.hardBoundary(k) {
				break
			}
			if s.in(k, governmentNouns) || s.headOfStateAt(k) {
				obj = k
				break
			}
			if k == i+1 && (s.w(k) == "him" || s.w(k) == "her" ||
				s.toks[k].cap && s.toks[k].kind == kWord && !s.actorIn(k, k, gazetteer.KindCountry, gazetteer.KindArmedGroup, gazetteer.KindOrganisation, gazetteer.KindCity, gazetteer.KindRegion)) {
				obj = k // "the generals forced Demirel out", "forced him out"
				break
			}
		}
		if obj < 0 {
			continue
		}
		e := obj + 1
		if s.w(obj) == "prime" {
			e++
		}
		for e < len(s.toks) && e <= obj+3 && s.toks[e].cap {
			e++ // "President Mohamed Morsi"
		}
		te := -1
		switch s.w(e) {
		case "out":
			te = e + 1
		case "from":
			if s.w(e+1) == "office" || s.w(e+1) == "power" {
				te = e + 2
			}
		case "to":
			if s.w(e+1) == "resign" || s.w(e+1) == "step" || s.w(e+1) == "quit" {
				te = e + 2
			}
		}
		if te < 0 {
			continue
		}
		if s.militaryIn(i-8, i-1) < 0 && !s.pronounOfMilitary(i-1) && !s.coupBefore(i) || s.anyIn(i-8, i-1, insurgentWords) >= 0 {
			continue
		}
		told := false // the same coup told by another trigger
		for _, c := range s.cands {
			if c.typ == model.TypeCoup && c.ts <= te+3 && c.te >= i-3 {
				told = true
			}
		}
		if !told {
			s.add(cand{typ: model.TypeCoup, sub: "successful", ts: i, te: te})
		}
		i = te
	}
}

// beOut finds armed forces said to be, or to have been, out of a country:
// "all troops would be out by 11 September".
func (s *sent) beOut() {
	if s.hasCand(model.TypeWithdrawal) {
		return
	}
	for i := 1; i < len(s.toks); i++ {
		if s.w(i) != "out" {
			continue
		}
		switch s.w(i - 1) {
		case "be", "been", "were", "are", "was", "is":
		default:
			continue
		}
		if s.anyBack(i-2, i-5, forceNouns) >= 0 {
			s.addWithdrawal(i-1, i+1, "", false)
			return
		}
	}
}

// swapAnaphor reports whether the noun "exchange" or "swap" at i names a
// particular one of the swaps just mentioned: "the first exchange", "a
// third swap", "the exchange".
func (s *sent) swapAnaphor(i int) bool {
	switch {
	case s.in(i-1, ordinalWords):
	case s.in(i-2, ordinalWords) && s.toks[i-1].kind == kWord && !s.toks[i-1].cap && s.anyFwd(i-1, i-1, notCaptives) < 0:
		// "the first significant swap"
	case s.w(i-1) == "the":
		// "The exchange was mediated by ...": the subject only; "met to
		// finalise the exchange" names the goal of another event
		if i >= 2 && s.toks[i-2].kind != kPunct {
			return false
		}
	default:
		return false
	}
	return s.anyFwd(i+1, i+3, notCaptives) < 0 && s.w(i+1) != "rate" && s.w(i+1) != "rates"
}

// reciprocalRelease finds a prisoner swap told as releases by both sides:
// "each side handed over 90 prisoners", "both sides freed dozens of
// detainees".
func (s *sent) reciprocalRelease() {
	if s.hasCand(model.TypePrisonerSwap) || !s.hasWord(releaseWords) {
		return
	}
	// "Hamas released 13 Israelis and Israel freed 39 Palestinian women":
	// two sides each releasing people, in coordinated clauses
	for i := 1; i < len(s.toks); i++ {
		if !s.in(i, releaseWords) || s.toks[i-1].kind != kWord || s.w(i) == "exchanged" || s.w(i) == "swapped" {
			continue
		}
		a := s.anyFwd(i+1, i+8, cueAnd)
		if a < 0 || s.boundaryIn(i+1, a) && s.w(a-1) != "," {
			continue
		}
		if s.anyIn(i+1, a-1, captiveNouns) < 0 && s.anyIn(i+1, a-1, personNouns) < 0 {
			continue
		}
		// the second subject: a name or "the" and a noun, then the verb
		j := a + 1
		for j < len(s.toks) && j <= a+3 && s.toks[j].kind == kWord && !s.in(j, releaseWords) {
			j++
		}
		if j == a+1 || !s.in(j, releaseWords) || s.w(i-1) == s.w(j-1) || !(s.toks[a+1].cap || isDeterminer(s.w(a+1))) {
			continue // "... and then freed": one side only
		}
		if s.anyFwd(j+1, j+8, captiveNouns) < 0 && s.anyFwd(j+1, j+8, personNouns) < 0 {
			continue
		}
		if s.anyFwd(i+1, j+8, notCaptives) >= 0 {
			continue
		}
		s.add(cand{typ: model.TypePrisonerSwap, ts: i, te: j + 1})
		return
	}
	for k := 1; k+1 < len(s.toks); k++ {
		p, q := s.w(k-1), s.w(k)
		reciprocal := (p == "each" || p == "both") && (q == "side" || q == "sides" || q == "country" || q == "countries" || q == "party" || q == "parties") ||
			p == "two" && (q == "sides" || q == "countries" || q == "parties")
		if !reciprocal {
			continue
		}
		i := k + 1
		for i < len(s.toks) && s.in(i, adverbsBeforeVerb) {
			i++
		}
		w := s.w(i)
		verb := s.in(i, releaseWords) && w != "exchanged" && w != "swapped" // those are swaps already
		if w == "handed" || w == "hand" || w == "hands" {
			verb = s.w(i+1) == "over" || s.w(i+1) == "back"
		}
		if verb && s.anyFwd(i+1, i+6, captiveNouns) >= 0 && s.anyFwd(i+1, i+5, notCaptives) < 0 {
			s.add(cand{typ: model.TypePrisonerSwap, ts: k - 1, te: i + 1})
			return
		}
	}
}

// accordAnaphor finds the signing of a peace agreement named just before
// (and after any ceasefire) by a pronoun or a bare noun at the head of the
// sentence: "It was signed on the White House lawn on 26 March 1979",
// "The treaty was formally concluded in Lusaka two days later".
func (s *sent) accordAnaphor() {
	if !s.ctx.recentAccord || s.hasCand(model.TypePeaceAgreement) || s.hasCand(model.TypeCeasefire) {
		return
	}
	// "the two men put their names to the document", "they put their
	// signatures to it"
	for k := 3; k < len(s.toks); k++ {
		if s.w(k-1) != "to" {
			continue
		}
		o := s.w(k)
		if o == "the" {
			o = s.w(k + 1)
		} else if o != "it" {
			continue
		}
		switch o {
		case "it", "accord", "agreement", "treaty", "document", "text":
			if s.namesPutTo(k) || s.namesPutTo(k+1) && o != "it" {
				ts, te := k-3, k+1
				if s.w(ts-1) == "put" || s.w(ts-1) == "puts" || s.w(ts-1) == "putting" {
					ts--
				}
				if o != "it" {
					te++
				}
				s.add(cand{typ: model.TypePeaceAgreement, ts: ts, te: te})
				return
			}
		}
	}
	j := 0
	switch s.w(0) {
	case "it":
	case "the":
		switch s.w(1) {
		case "accord", "agreement", "treaty", "deal", "document", "text", "accords", "agreements":
			j = 1
		default:
			return
		}
	default:
		return
	}
	k := j + 1
	if !isBeForm(s.w(k)) {
		return
	}
	k++
	for s.in(k, adverbsBeforeVerb) || s.w(k) == "formally" || s.w(k) == "finally" || s.w(k) == "eventually" {
		k++
	}
	switch s.w(k) {
	case "signed", "concluded", "initialled", "initialed", "sealed":
		s.add(cand{typ: model.TypePeaceAgreement, ts: 0, te: k + 1})
	}
}

// truceAnaphor finds a ceasefire named only by a pronoun or a bare
// "the agreement" shortly after one was mentioned: "It entered into force
// two days later.", "Eight days later the agreement was signed.", "the two
// sides agreed to extend it".
func (s *sent) truceAnaphor() {
	inSentence := s.hasCand(model.TypeCeasefire)
	if !s.ctx.recentCeasefire && !inSentence || !inSentence && s.ctx.recentAccord && s.hasCand(model.TypePeaceAgreement) {
		return // (the pronoun stands for the accord named after the truce)
	}
	if inSentence {
		// "Pakistan proposed the truce on 23 November, and it took effect
		// three days later", "signed on 22 February and came into force
		// the next day": a predicate of its own about the truce just named
		for j := 2; j < len(s.toks); j++ {
			if s.w(j) == "it" && (s.w(j-1) == "and" && s.w(j-2) == "," || s.w(j-1) == ";" || s.w(j-1) == "but" && s.w(j-2) == ",") {
				if sub := s.truceStage(j + 1); sub != "" {
					s.add(cand{typ: model.TypeCeasefire, sub: sub, ts: j, te: j + 1})
				}
				return
			}
			if s.w(j) == "and" {
				if sub := s.truceStage(j + 1); sub != "" && sub != s.cands[0].sub {
					s.add(cand{typ: model.TypeCeasefire, sub: sub, ts: j + 1, te: j + 2})
					return
				}
			}
		}
		return
	}
	for j := 0; j < len(s.toks) && j < 12; j++ {
		w := s.w(j)
		ts, te := -1, j+1
		switch {
		case w == "it" && (j == 0 || s.w(j-1) == ","):
			ts = j
		case (w == "agreement" || w == "deal" || w == "accord" || w == "pause" || w == "document" || w == "text") && s.w(j-1) == "the":
			ts = j - 1
		case s.in(j, extendVerbs) && s.w(j+1) == "it":
			s.add(cand{typ: model.TypeCeasefire, sub: "extended", ts: j, te: j + 2})
			return
		case s.in(j, signVerbs) && s.w(j+1) == "the" && (s.w(j+2) == "document" || s.w(j+2) == "text" || s.w(j+2) == "agreement"):
			// "the rebel leader signed the document in Kilinochchi"
			s.add(cand{typ: model.TypeCeasefire, sub: "agreed", ts: j, te: j + 3})
			return
		}
		if ts < 0 {
			continue
		}
		if sub := s.truceStage(te); sub != "" {
			s.add(cand{typ: model.TypeCeasefire, sub: sub, ts: ts, te: te})
			// "The agreement was signed on 22 February and came into force
			// the next day": a second stage of the same truce
			for k := te + 1; k < len(s.toks); k++ {
				if s.hardBoundary(k) {
					break
				}
				if s.w(k) == "and" {
					if sub2 := s.truceStage(k + 1); sub2 != "" && sub2 != sub {
						s.add(cand{typ: model.TypeCeasefire, sub: sub2, ts: k + 1, te: k + 2})
						break
					}
				}
			}
			return
		}
	}
	s.arrangementChain()
	s.proposalAccepted()
}

// proposalAccepted finds a ceasefire told as a proposal accepted shortly
// after a truce was named: "Both sides accepted the Egyptian proposal late
// on Monday". A proposal for something else ("the proposal for talks") is
// not one.
func (s *sent) proposalAccepted() {
	if s.hasCand(model.TypeCeasefire) {
		return
	}
	for j := 0; j+2 < len(s.toks); j++ {
		switch s.w(j) {
		case "accepted", "approved", "endorsed":
		default:
			continue
		}
		k := j + 1
		if !isDeterminer(s.w(k)) {
			continue
		}
		for m := k + 1; m < len(s.toks) && m <= k+3; m++ {
			switch s.w(m) {
			case "proposal", "plan", "initiative", "offer":
				switch s.w(m + 1) {
				case "for", "on", "to", "of", "that":
					return // "the proposal for talks", "the plan to hold elections"
				}
				s.add(cand{typ: model.TypeCeasefire, sub: "agreed", ts: j, te: m + 1})
				return
			}
		}
	}
}

// arrangementChain finds a ceasefire named by a general noun shortly after
// one was mentioned, when a chain of stage verbs follows it: "A second
// US-Russian arrangement, announced in Geneva on 9 September, came into
// force three days later". The noun opens the sentence's subject, after a
// determiner.
func (s *sent) arrangementChain() {
	for j := 1; j < len(s.toks) && j < 8; j++ {
		switch s.w(j) {
		case "arrangement", "agreement", "deal", "accord", "pact", "understanding":
		default:
			continue
		}
		det := false
		for k := j - 1; k >= 0 && k >= j-4; k-- {
			if isDeterminer(s.w(k)) {
				det = true
				break
			}
		}
		if !det || s.w(j+1) == "on" || s.w(j+1) == "to" || s.w(j+1) == "with" {
			return // "an agreement on trade", "a deal to free hostages"
		}
		for k := j + 1; k < len(s.toks) && k <= j+20; k++ {
			if s.hardBoundary(k) || stageChainStop.has(s.w(k)) {
				return
			}
			if sub, _ := s.stageVerb(k); sub == "in_effect" || sub == "collapsed" || sub == "extended" {
				s.add(cand{typ: model.TypeCeasefire, ts: j, te: j + 1})
				return
			}
		}
		return
	}
}

// truceStage reads the predicate that starts at token k for the stage of a
// ceasefire it states: in force, signed, extended or collapsed; "" when it
// states none.
func (s *sent) truceStage(k int) string {
	for s.in(k, adverbsBeforeVerb) {
		k++
	}
	w, n, n2 := s.w(k), s.w(k+1), s.w(k+2)
	switch {
	case (w == "entered" || w == "came" || w == "went") && n == "into" && (n2 == "force" || n2 == "effect"):
		return "in_effect"
	case (w == "took" || w == "takes") && n == "effect":
		return "in_effect"
	case (w == "was" || w == "had") && (n == "signed" || n == "agreed" || n == "reached" || n == "concluded" || n == "been" && (n2 == "signed" || n2 == "agreed")):
		return "agreed"
	case w == "was" && (n == "extended" || n == "renewed"), w == "extended" || w == "renewed":
		return "extended"
	case w == "collapsed" || w == "was" && n == "violated" || (w == "broke" && n == "down") || (w == "fell" && n == "apart"):
		return "collapsed"
	}
	return ""
}

func partialOrCompleted(completed bool) string {
	if completed {
		return "completed"
	}
	return ""
}

// ---- coup ----

func (s *sent) coupNoun(i int) {
	t := s.toks[i]
	if t.hyph && s.w(i-1) == "anti" {
		return // "anti-coup protests"; a "counter-coup" is a coup of its own
	}
	next := s.w(i + 1)
	end := i + 1
	if next == "de" && (s.w(i+2) == "grâce" || s.w(i+2) == "grace" || s.w(i+2) == "théâtre" || s.w(i+2) == "theatre" || s.w(i+2) == "foudre") {
		return // "dealt the coup de grâce to his legitimacy": a final blow
	}
	if next == "d'état" || next == "d’état" || next == "d'etat" || next == "d’etat" || next == "detat" {
		end = i + 2
		next = s.w(i + 2)
	}
	if coupActorNext.has(next) && next != "d'état" {
		return // "coup leaders", "coup belt": an actor or a region, not the event
	}
	if s.in(i-1, figurativeCoup) || s.figurativeCoupAt(i, end) {
		return // "a public-relations coup", "a diplomatic coup": a success, not a seizure of power
	}
	plural := t.w == "coups" || t.w == "putsches"
	if plural {
		k := i - 1
		for k >= 0 && s.in(k, coupSkipAdj) {
			k--
		}
		if !s.in(k, coupCountWords) {
			return
		}
		if s.anyIn(end, end+4, genericSpread) >= 0 {
			return
		}
	}
	sub := "successful"
	start := i
	if k := s.anyIn(i-3, i-1, attemptWords); k >= 0 {
		sub, start = "attempt", k
	}
	if n := s.w(end); n == "attempt" || n == "attempts" || n == "plot" || n == "plots" || n == "bid" {
		sub = "attempt"
		end++
		if n == "attempts" || n == "plots" {
			// "more than 200 coup attempts since 1950": a count, like "coups"
			k := i - 1
			for k >= 0 && s.in(k, coupSkipAdj) {
				k--
			}
			if !s.in(k, coupCountWords) || s.anyIn(end, end+4, genericSpread) >= 0 {
				return
			}
			plural = true
		}
	}
	if s.anyFwd(end, end+3, cueFailedCollapsed) >= 0 {
		sub = "attempt"
	}
	c := cand{typ: model.TypeCoup, sub: sub, ts: start, te: end, plural: plural}
	if sub == "attempt" {
		// "failed" and "foiled" say what happened to the attempt: not negation
		c.fact = s.coupFact(start, end)
	}
	s.add(c)
}

// figurativeCoupAt reports whether the coup noun at [i,end) is a success
// of someone's, not a seizure of power: "a coup for the tycoon", "a
// personal coup for Compaoré", "hailed as a coup", "something of a coup",
// "a coup by other means", "the team pulled off a coup".
func (s *sent) figurativeCoupAt(i, end int) bool {
	if s.w(end) == "for" && !s.in(end+1, militaryActors) {
		return true // (not "a coup for the army": rare, but literal)
	}
	if s.w(end) == "by" && s.w(end+1) == "other" && s.w(end+2) == "means" {
		return true
	}
	k := i - 1
	for k >= 0 && (s.w(k) == "a" || s.w(k) == "late" || s.w(k) == "real" || s.w(k) == "major" || s.w(k) == "huge" || s.w(k) == "big" || s.w(k) == "personal" || s.w(k) == "quite") {
		k--
	}
	switch s.w(k) {
	case "as":
		return s.w(k-1) == "hailed"
	case "of":
		return s.w(k-1) == "something" || s.w(k-1) == "bit"
	case "off":
		// "pulled off a coup": a feat, unless soldiers pulled it off
		return (s.w(k-1) == "pulled" || s.w(k-1) == "pull" || s.w(k-1) == "pulling") && s.militaryIn(k-8, k-2) < 0
	case "scored", "landed", "scoring", "score":
		return true
	case "called", "dubbed", "termed":
		// "pulled off what local papers called a coup"
		for m := k - 1; m >= 1 && m >= k-6; m-- {
			if s.w(m) == "off" && (s.w(m-1) == "pulled" || s.w(m-1) == "pull" || s.w(m-1) == "pulling") {
				return s.militaryIn(m-8, m-2) < 0
			}
		}
	}
	return false
}

// coupFact is factuality for an attempted coup, whose failure words are no
// negation.
func (s *sent) coupFact(ts, te int) string {
	c := cand{typ: model.TypeCoup, ts: ts, te: te}
	f := s.factuality(&c)
	if f == model.FactNegated {
		// only a negation other than the failure words counts
		for k := ts - 1; k >= 0 && k >= ts-8; k-- {
			switch s.w(k) {
			case "not", "never", "no", "denied", "neither", "nor":
				return model.FactNegated
			}
		}
		return model.FactAsserted
	}
	return f
}

func (s *sent) oust(i int) {
	w := s.w(i)
	if len(w) > 3 && w[len(w)-3:] == "ing" && s.w(i-1) == "," && s.hasCand(model.TypeCoup) {
		return // "seized power in May, toppling President X": the same coup
	}
	mil := s.militaryIn(i-8, i-1) >= 0 || s.anyIn(i+1, i+8, cueCoupPutsch) >= 0 ||
		w == "ouster" && s.byMilitaryAfter(i+1, i+10) // "the ouster of President X by the army"
	if !mil {
		// "X seized power in January, toppling President Y": taking power
		// from a head of state is a coup whoever X is
		for k := i - 1; k >= 1 && k >= i-7; k-- {
			if s.w(k) == "power" && seizeVerbs.has(s.w(k-1)) && s.anyFwd(i+1, i+3, powerObjects) >= 0 {
				// not rebels taking the capital
				mil = s.anyBack(k-2, k-6, insurgentWords) < 0 && s.anyBack(k-2, k-6, cueRebelRebels) < 0
				break
			}
		}
	}
	if !mil && s.w(i-1) == "to" && s.in(i-2, attemptNouns) && s.anyBack(i-3, i-8, insurgentWords) < 0 && s.anyBack(i-3, i-8, cueRebelRebels) < 0 {
		// "a failed attempt to overthrow him in March 2006": an attempt
		// on the ruler, told without its authors
		mil = s.w(i+1) == "him" || s.w(i+1) == "her" || s.headOfStateAt(i+1) || s.in(i+1, powerObjects) || s.w(i+1) == "the" && s.in(i+2, powerObjects)
		if mil {
			c := cand{typ: model.TypeCoup, sub: "attempt", ts: i - 2, te: i + 1}
			c.fact = s.coupFact(i-2, i+1)
			s.add(c)
			return
		}
	}
	// a passive whose agent is the army or force: "was removed from power
	// by his own generals", "was removed by force"
	passiveVerb := (w == "overthrown" || w == "ousted" || w == "toppled" || w == "deposed" || w == "removed") && s.passiveAt(i)
	byForce := false
	if passiveVerb {
		b := s.anyFwd(i+1, i+4, cueBy)
		byForce = s.byMilitaryAfter(i+1, i+6) || b >= 0 && s.w(b+1) == "force" ||
			// "the army chief announced that Morsi had been removed from
			// power": the military tells of its own act
			s.w(i+1) == "from" && s.w(i+2) == "power" && s.militaryIn(max(0, i-25), i-1) >= 0 && s.anyBack(i-1, i-25, announceVerbs) >= 0
	}
	forced := false
	if passiveVerb && (!mil || w == "removed") {
		// "Nimeiri was himself overthrown while visiting the United
		// States", "the president has in effect been ousted": a ruler
		// removed, by no rebels or foreign army named; "removed" needs
		// the army or force as its agent
		k := i - 1
		for k >= 0 && (isBeForm(s.w(k)) || passiveFiller(s.w(k)) || s.w(k) == "effect" && s.w(k-1) == "in" || s.w(k) == "in" && s.w(k+1) == "effect") {
			k--
		}
		ruler := k >= 0 && (s.toks[k].cap && s.toks[k].kind == kWord && !s.actorIn(k, k, gazetteer.KindCountry, gazetteer.KindArmedGroup, gazetteer.KindOrganisation) ||
			s.headOfStateAt(k-1) || s.headOfStateAt(k-2) || s.w(k) == "he" || s.w(k) == "she")
		if ruler && !s.byInsurgentsAfter(i) && (w != "removed" || byForce) && (byForce || w != "removed" && s.w(k) != "he" && s.w(k) != "she") {
			mil = true
			forced = byForce
		}
	}
	pronounMil := false
	if !mil && s.anyBack(i-1, i-3, cueTheyHe) >= 0 {
		// "army officers led by X announced they had ousted him", "the
		// army ..., when it ousted the prime minister": the pronoun's
		// antecedent lies further back, or is the sentence's subject
		mil = s.anyIn(i-20, i-1, militaryActors) >= 0 || s.anyIn(0, 2, militaryActors) >= 0
		pronounMil = mil
	}
	if !mil {
		return
	}
	if s.anyBack(i-1, i-6, insurgentWords) >= 0 && s.anyBack(i-1, i-6, militaryActors) < 0 {
		return
	}
	if w == "ouster" {
		s.add(cand{typ: model.TypeCoup, sub: "successful", ts: i, te: i + 1})
		return
	}
	// an object that holds power: a title or a name
	obj := false
	for k := i + 1; k <= i+8 && k < len(s.toks); k++ {
		t := s.toks[k]
		if t.in(powerObjects) || t.cap && t.kind == kWord || k == i+1 && (t.w == "him" || t.w == "her") {
			obj = true
			break
		}
		if s.hardBoundary(k) || t.w == "," {
			break
		}
	}
	passive := false
	if p := s.w(i - 1); p == "was" || p == "were" || p == "been" || p == "being" {
		passive = true
	}
	if !obj && !passive {
		return
	}
	if (w == "removed" || w == "unseated") && s.militaryIn(i-6, i-1) < 0 && !pronounMil && !forced {
		return
	}
	sub := "successful"
	if s.anyIn(i-3, i-1, cueTriedAttempted) >= 0 {
		sub = "attempt"
	}
	s.add(cand{typ: model.TypeCoup, sub: sub, ts: i, te: i + 1})
}

func (s *sent) power(i int) {
	if s.w(i) == "takeover" {
		switch {
		case s.w(i-1) == "military" || s.w(i-1) == "army":
			s.add(cand{typ: model.TypeCoup, sub: "successful", ts: i - 1, te: i + 1})
		case s.in(i-1, attemptWords) && s.w(i+1) != "bid" && s.w(i+1) != "offer":
			// "the attempted takeover was over" (not a company's "failed takeover bid")
			c := cand{typ: model.TypeCoup, sub: "attempt", ts: i - 1, te: i + 1}
			c.fact = s.coupFact(i-1, i+1)
			s.add(c)
		}
		return
	}
	p := s.w(i - 1)
	start := -1
	switch {
	case seizeVerbs.has(p):
		start = i - 1
	case (p == "state" || p == "absolute" || p == "full" || p == "total" || p == "supreme") && s.in(i-2, seizeVerbs):
		start = i - 2 // "seized absolute power"
	case p == "to" && s.in(i-2, cameVerbs):
		start = i - 2
	case p == "of" && (s.w(i-2) == "seizure" || s.w(i-2) == "takeover" || s.w(i-2) == "usurpation"):
		start = i - 2
	case s.w(i+1) == "grab":
		start = i
	}
	if start < 0 {
		return
	}
	if a := s.w(start - 1); (a == "has" || a == "have") && s.anyFwd(i+1, i+6, cueSince) >= 0 {
		return // "where the military has taken power since 2020": a series, no one coup
	}
	mil := s.militaryIn(start-8, start-1)
	if mil < 0 && s.coupBefore(start) {
		mil = start - 1 // "The army overthrew the government in 1960 ... and seized power in 1980"
	}
	for k := start - 1; mil < 0 && k >= 0 && k >= start-3; k-- {
		if s.w(k) == "they" {
			// "senior officers went on television to say they had
			// seized power": the pronoun stands for the soldiers
			if m := s.militaryIn(0, k-1); m >= 0 && !s.boundaryIn(m, k) {
				mil = m
			}
		}
	}
	insiders := s.w(start-1) == "to" && s.in(start-2, attemptNouns) && s.anyIn(start-10, start-3, insiderGov) >= 0
	byForce := s.w(i+1) == "by" && (s.w(i+2) == "force" || s.w(i+2) == "arms") // "came to power by force"
	if mil < 0 && s.anyIn(i+1, i+8, cueCoupPutsch2) < 0 && !s.byMilitary(i+1) && !s.personSeized(start) && s.anyIn(start-6, start-1, insiderTitles) < 0 && !s.personSubject(start) && !insiders && !byForce {
		// (insiders: "hardline members of the government attempted to seize power")
		return
	}
	if ins := s.anyIn(start-8, start-1, insurgentWords); ins > mil {
		return // rebels or insurgents taking power: not a coup
	}
	if p := s.w(start - 1); p == "to" && (s.in(start-2, attemptNouns)) {
		// "an attempt to seize power": an attempted coup, which happened
		s.add(cand{typ: model.TypeCoup, sub: "attempt", ts: start - 2, te: i + 1})
		return
	}
	s.add(cand{typ: model.TypeCoup, sub: "successful", ts: start, te: i + 1})
}

// headOfStateAt reports whether the words from i name a head of state or
// government: "President Ali Kone", "the prime minister", "the president".
func (s *sent) headOfStateAt(i int) bool {
	k := i
	if s.w(k) == "the" {
		k++
	}
	if s.w(k+1) == "'s" || s.w(k+1) == "’s" {
		return false // "the president's son"
	}
	switch s.w(k) {
	case "president", "premier", "king", "emperor":
		return true
	case "prime":
		return s.w(k+1) == "minister"
	case "head":
		return s.w(k+1) == "of" && s.w(k+2) == "state"
	}
	return false
}

// leaderHome reports whether the words from i name the home of a head of
// state or government: "the home of President Manuel Zelaya", "the
// residence of the prime minister".
func (s *sent) leaderHome(i int) bool {
	k := i
	if isDeterminer(s.w(k)) {
		k++
	}
	if w := s.w(k); w != "home" && w != "residence" && w != "house" || s.w(k+1) != "of" {
		return false
	}
	return s.headOfStateAt(k + 2)
}

// personSubject reports whether a person named by a capitalised word is
// the subject right before the verb at start: "Rawlings seized power
// again on New Year's Eve 1981" (a movement, a state or a body named so
// is not).
func (s *sent) personSubject(start int) bool {
	if s.w(start) != "seized" && s.w(start) != "grabbed" && s.w(start) != "usurped" {
		return false // "took power" is also how elected leaders come in
	}
	k := start - 1
	for k >= 0 && (s.w(k) == "again" || s.w(k) == "then" || s.w(k) == "finally" || s.w(k) == "himself" || s.w(k) == "later") {
		k--
	}
	if k < 0 || !s.toks[k].cap || s.toks[k].kind != kWord || k > 0 && s.toks[k-1].kind == kWord && !s.toks[k-1].cap && s.w(k-1) != "and" {
		return false
	}
	return !s.actorIn(k, k, gazetteer.KindArmedGroup, gazetteer.KindCountry, gazetteer.KindOrganisation, gazetteer.KindGovernment, gazetteer.KindMission) &&
		s.anyBack(k, k-4, insurgentWords) < 0 && s.anyBack(k, k-4, cueRebelRebels) < 0
}

// personSeized reports whether the seizure of power at start is told of
// a named person in a relative clause: "Muammar Gaddafi, who seized power
// in 1969" (a person who seized power took it by force; a rebel movement
// named so is no person).
func (s *sent) personSeized(start int) bool {
	w1 := start - 1
	if s.w(w1) == "had" || s.w(w1) == "have" {
		w1--
	}
	if s.w(w1) == "who" && (s.w(w1-1) == "men" || s.w(w1-1) == "officers" || s.w(w1-1) == "generals" || s.w(w1-1) == "colonels") {
		return true // "the men who had seized power in Athens in April 1967"
	}
	if s.w(start-1) != "who" || s.w(start-2) != "," {
		return false
	}
	k := start - 3
	n := 0
	for k >= 0 && s.toks[k].cap && s.toks[k].kind == kWord {
		k--
		n++
	}
	if n < 1 {
		return false
	}
	if n == 1 && s.actorIn(k+1, k+1, gazetteer.KindArmedGroup, gazetteer.KindCountry, gazetteer.KindOrganisation, gazetteer.KindGovernment, gazetteer.KindMission) {
		return false // "Hamas, which seized power": a movement, not a person
	}
	if s.actorIn(k+1, start-3, gazetteer.KindArmedGroup) || s.anyIn(k+1, start-3, insurgentWords) >= 0 {
		return false
	}
	return true
}

// ---- ceasefire ----

func (s *sent) ceasefire(i int) {
	t := s.toks[i]
	end := i + 1
	if t.w == "cease" {
		if s.w(i+1) != "fire" && s.w(i+1) != "fires" {
			s.haltFighting(i, i+1) // "agreed to cease hostilities"
			return
		}
		end = i + 2
	}
	s.ceasefireAt(i, end, t.w == "ceasefires" || t.w == "truces" || s.w(end-1) == "fires")
}

func (s *sent) ceasefireAt(ts, te int, plural bool) {
	next := s.w(te)
	if ceasefireNext.has(next) {
		return // "ceasefire talks": a talks event
	}
	if s.in(ts-1, unarmedTruceMods) {
		s.ctx.sawUnarmed = true
		return // "a political truce over the budget", "a trade truce": no fighting stops
	}
	if s.ctx.unarmedTruce && te-ts == 1 && (s.w(ts-1) == "that" || s.w(ts-1) == "this" || s.w(ts-1) == "the") {
		s.ctx.sawUnarmed = true
		return // "... observed a political truce. That truce did not last."
	}
	c := cand{typ: model.TypeCeasefire, ts: ts, te: te, plural: plural}
	if proposalNext.has(next) {
		c.fact = model.FactHypothetical
	}
	if s.anyBack(ts-1, ts-3, cueProposedDraft) >= 0 {
		c.fact = model.FactHypothetical
	}
	c.sub = s.ceasefireSub(ts, te)
	s.add(c)
}

// objectIsWar reports whether the verb at k has a war for its object
// within a few words of the same clause: "ended the war", "ended six weeks
// of fighting".
func (s *sent) objectIsWar(k int) bool {
	for j := k + 1; j <= k+5 && j < len(s.toks); j++ {
		if s.hardBoundary(j) || s.w(j) == "," {
			return false
		}
		if s.in(j, warNouns) {
			return true
		}
	}
	return false
}

// ceasefireSub reads the state of a ceasefire from the words around it.
func (s *sent) ceasefireSub(ts, te int) string {
	if s.leftTruce(ts) {
		return "collapsed" // "the rebels withdrew from the ceasefire"
	}
	lo, hi := ts-7, te+7
	for k := lo; k <= hi; k++ {
		w := s.w(k)
		if k >= te && (w == "," && (s.w(k+1) == "but" || s.w(k+1) == "and") || w == ";") {
			break // "agreed a ceasefire on 29 April, but it broke down the next day": a stage of its own
		}
		switch {
		case w == "":
		case s.in(k, collapseWords):
			if s.toks[k].hyph {
				continue // a compound modifier: "an open-ended ceasefire"
			}
			if (w == "broke" || w == "broken") && s.w(k+1) != "down" && s.w(k+1) != "apart" && k < ts {
				continue
			}
			if k >= te && s.objectIsWar(k) {
				continue // "the truce, which ended the war", "ended six weeks of fighting": the war ended, not the truce
			}
			if w == "fell" && s.w(k+1) != "apart" && s.w(k+1) != "through" {
				continue
			}
			return "collapsed"
		case s.in(k, extendWords):
			return "extended"
		case k >= te && (w == "not" || w == "never" || w == "failed") && s.failedToEndure(k):
			return "collapsed" // "the truce did not hold"
		}
	}
	for k := lo; k <= hi+8; k++ {
		w := s.w(k)
		if k >= te && w == "," && (s.w(k+1) == "which" || s.w(k+1) == "who") {
			// skip a relative clause: "the truce, which ended the war,
			// came into force"
			m := k + 2
			for m < len(s.toks) && m <= k+16 && s.w(m) != "," && !s.hardBoundary(m) {
				m++
			}
			if s.w(m) == "," {
				hi += m - k
				k = m
				continue
			}
		}
		if k > hi && (k >= len(s.toks) || w == "," || w == ";" || w == ":" || w == "—" || w == "–") {
			break // the verb of a long subject: "a ceasefire between ... came into force"
		}
		if k >= te && (w == "which" || w == "that" || w == "but" || w == ";") {
			break // "agreed to a ceasefire, which took effect in August": agreed; "...; it came into force"
		}
		switch {
		case w == "place" && s.w(k-1) == "in" && k > te:
			return "in_effect" // "has been in place since"
		case w == "effect" || w == "force":
			if p := s.w(k - 1); p == "into" || p == "in" || p == "took" || p == "takes" || p == "take" {
				return "in_effect"
			}
		case w == "held" || w == "holding" || w == "holds":
			if k >= te {
				return "in_effect"
			}
		case w == "began" || w == "begins" || w == "begun" || w == "started" || w == "starts":
			// "the truce began at 7 a.m.", not "began to fray"
			if k >= te && k <= te+2 && s.w(k+1) != "to" && s.w(k+1) != "talks" {
				return "in_effect"
			}
		}
	}
	if s.anyIn(lo, hi, agreedWords) >= 0 || s.anyBack(ts-1, ts-14, agreedWords) >= 0 {
		return "agreed" // "agreed in June to a six-month bilateral ceasefire"
	}
	return ""
}

func (s *sent) resumed(i int) {
	w := s.w(i)
	if w != "resumed" && w != "resume" && w != "resumes" {
		return
	}
	k := s.anyBack(i-1, i-4, fightNouns)
	if k < 0 {
		return
	}
	if !s.hasWord(truceNouns) && !s.ctx.recentCeasefire && !s.hasCand(model.TypeCeasefire) {
		return // "a humanitarian pause ... before fighting resumed"
	}
	s.add(cand{typ: model.TypeCeasefire, sub: "collapsed", ts: k, te: i + 1})
}

// dealCollapse: "the deal broke down", "the agreement collapsed" after a
// ceasefire was mentioned.
func (s *sent) dealCollapse(i int) {
	w := s.w(i)
	end := i + 1
	switch w {
	case "broke":
		if s.w(i+1) != "down" && s.w(i+1) != "apart" {
			return
		}
		end = i + 2
	case "fell":
		if s.w(i+1) != "apart" && s.w(i+1) != "through" {
			return
		}
		end = i + 2
	}
	k := s.anyBack(i-1, i-4, dealNouns)
	if k < 0 || !s.ctx.recentCeasefire {
		return
	}
	if s.hasWord(cueCeasefireTruce) {
		return // the ceasefire trigger itself carries the collapse
	}
	s.add(cand{typ: model.TypeCeasefire, sub: "collapsed", ts: k, te: end})
}

// leftTruce reports whether a party withdraws or pulls out from the
// ceasefire whose trigger starts at ts: "withdrew from a ceasefire",
// "pulled out of the truce".
func (s *sent) leftTruce(ts int) bool {
	k := ts - 1
	for k >= 0 && (isDeterminer(s.w(k)) || s.in(k, localMods) || s.w(k) == "unilateral" || s.w(k) == "bilateral") {
		k--
	}
	if p := s.w(k); p != "from" && p != "of" {
		return false
	}
	switch s.w(k - 1) {
	case "withdrew", "withdraw", "withdraws", "withdrawn", "withdrawing", "withdrawal", "exited", "quit", "quits":
		return true
	case "out":
		return k >= 2 && s.toks[k-2].head == hPull
	}
	return false
}

// haltFighting: an agreement to stop fighting is a ceasefire: "agreed to
// halt fighting around Sirte", "pledged to cease hostilities", "agreed
// on a halt to the fighting". The verb or noun at i must be agreed,
// pledged or declared in the words before it; te is the token after it.
func (s *sent) haltFighting(i, te int) {
	if s.w(i) == "carry" {
		s.notCarryOut(i)
		return
	}
	if k := s.armedCampaignAfter(te); k > 0 {
		// "loyalist paramilitaries, who had halted their campaign in
		// October 1994"
		s.ceasefireAt(i, k, false)
		return
	}
	k := te
	if s.w(i) == "halt" && s.w(k) == "to" || s.w(i) == "stoppage" && s.w(k) == "of" {
		k++ // "a halt to the fighting", "an understanding on stoppage of firing"
	}
	if e := s.militaryOperations(k); e > 0 && s.w(i) == "halt" {
		s.ceasefireAt(i, e, false) // "announced a halt to offensive operations"
		return
	}
	for isDeterminer(s.w(k)) || s.w(k) == "all" || s.w(k) == "military" {
		k++
	}
	if !s.in(k, fightNouns) && !s.in(k, advanceNouns) && !(s.w(i) != "halt" && (s.w(k) == "attacking" || s.w(k) == "shooting" || s.w(k) == "firing")) {
		return // ("announced a halt to its advance"; "would stop attacking")
	}
	agreed := false
	modal := s.w(i-1) == "would" || s.w(i-1) == "will"
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		if s.hardBoundary(j) {
			break
		}
		switch w := s.w(j); {
		case j >= i-5 && (s.in(j, agreedWords) || w == "agreement" || w == "deal" || w == "understanding" || w == "pledged" || w == "committed" || w == "commitment" || w == "truce"):
			agreed = true
		case modal && s.in(j, agreedWords):
			agreed = true // "it was agreed between them that both sides would stop all firing"
		case w == "announced", w == "declared", w == "vowed", w == "promised", modal && (w == "said" || w == "says"):
			agreed = true // "announced that it would stop fighting", "said they would stop fighting"
		}
	}
	if !agreed && !(s.w(i) == "halt" && s.w(i-1) == "a" && (s.w(i-2) == "'s" || s.w(i-2) == "’s" || s.w(i-2) == "was" || s.w(i-2) == "is")) {
		return // (but "there's a halt to the fighting" tells one)
	}
	s.ceasefireAt(i, k+1, false)
}

// attacksAfterSkip: words attacksAfter skips at the start of its phrase.
var attacksAfterSkip = set("all", "its", "their", "further", "offensive", "armed", "military", "combat")

// attacksAfter returns the end of the armed attacks or operations named at
// i, -1 when none: "all attacks", "offensive armed actions", "its military
// operations". Operations, actions and activities need a word that makes
// them armed.
func (s *sent) attacksAfter(i int) int {
	k := i
	for s.w(k) == "all" || s.w(k) == "its" || s.w(k) == "their" || s.w(k) == "further" {
		k++
	}
	armed := false
	for s.w(k) == "offensive" || s.w(k) == "armed" || s.w(k) == "military" || s.w(k) == "combat" {
		armed = true
		k++
	}
	switch s.w(k) {
	case "attacks", "hostilities", "raids", "strikes":
		return k + 1
	case "operations", "actions", "activities", "activity":
		if armed {
			return k + 1
		}
	}
	return -1
}

// notCarryOut finds a truce declared as attacks no longer to be carried
// out: "announced that it would not carry out offensive armed actions",
// "pledged to no longer carry out attacks". The negation is part of the
// trigger: what is declared is the truce.
func (s *sent) notCarryOut(i int) {
	if s.w(i+1) != "out" {
		return
	}
	e := s.attacksAfter(i + 2)
	if e < 0 {
		return
	}
	neg := -1
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if w := s.w(j); w == "not" || w == "never" || w == "longer" && s.w(j-1) == "no" {
			neg = j
			if w == "longer" {
				neg = j - 1
			}
			break
		}
	}
	if neg < 0 {
		return
	}
	for j := neg - 1; j >= 0 && j >= neg-8; j-- {
		if s.hardBoundary(j) {
			return
		}
		switch s.w(j) {
		case "announced", "declared", "pledged", "promised", "vowed", "committed":
			s.add(cand{typ: model.TypeCeasefire, sub: "agreed", fact: model.FactAsserted, ts: neg, te: e})
			return
		}
	}
}

// expel: a government expelling foreign troops or ordering a mission out
// decides their withdrawal: "the junta expelled French special forces".
func (s *sent) expel(i int) {
	if s.anyIn(i-8, i-1, armedCues) >= 0 || s.anyIn(i-8, i-1, cueRebelRebels) >= 0 || s.actorIn(i-8, i-1, gazetteer.KindArmedGroup) {
		return // "jihadists expelled the army from the north": a defeat, no withdrawal
	}
	lo := i + 1
	if s.w(i) == "expulsion" {
		if s.w(i+1) != "of" {
			return
		}
		lo = i + 2
	}
	for k := lo; k < len(s.toks) && k <= lo+4; k++ {
		if s.hardBoundary(k) || s.w(k) == "," {
			break
		}
		if s.in(k, armedCues) {
			return // "expelled jihadists from the town": a battle, no withdrawal
		}
		if s.in(k, forceNouns) || s.actorIn(k, k, gazetteer.KindMission, gazetteer.KindMilitary) {
			s.add(cand{typ: model.TypeWithdrawal, sub: "announced", ts: i, te: i + 1, announced: true})
			return
		}
	}
}

// ---- peace agreement ----

func (s *sent) agreement(i int) {
	t := s.toks[i]
	prev := s.w(i - 1)
	if prev == "peace" || prev == "ceasefire" || prev == "truce" || prev == "aggression" || prev == "fire" {
		return
	}
	if (t.w == "deal" || t.w == "agreement") && (s.in(i-1, strictCaptives) || s.w(i-1) == "swap" || s.w(i-1) == "exchange") {
		// "the January prisoner deal": a swap agreed
		s.add(cand{typ: model.TypePrisonerSwap, ts: i - 1, te: i + 1})
		return
	}
	if s.anyIn(i-2, i-1, nonPeaceMods) >= 0 {
		return
	}
	if s.w(i-1) == "framework" && !s.ctx.peaceBefore && !s.hasWord(conflictCues) && !((s.w(i+1) == "for" || s.w(i+1) == "on") && s.w(i+2) == "peace") {
		return // a framework agreement on trade; "the Framework Agreement on the Bangsamoro" in a story of peace talks
	}
	// "the agreement on the status of French forces", "an accord on trade":
	// the topic after "on" rules it out as well as a modifier before
	if s.w(i+1) == "on" && (s.in(i+2, nonPeaceMods) || s.w(i+2) == "the" && s.in(i+3, nonPeaceMods)) {
		return
	}
	if prev == "in" || (t.w == "deal" || t.w == "deals") && s.in(i+1, dealReject) && !s.toks[i].cap {
		// "in agreement with"; "deal with the problem"
		if prev == "in" {
			return
		}
	}
	named := false
	if i >= 2 {
		p := s.toks[i-1]
		if p.cap && p.kind == kWord && !isDeterminer(p.w) {
			named = true
		}
		if p.hyph && i >= 2 && s.toks[i-2].cap && !s.in(i-1, brokerWords) {
			named = true // "the Doha-Kabul agreement", not "the French-brokered deal"
		}
	}
	if !named && s.toks[i].cap && i > 0 && s.w(i-1) == "the" && s.w(i+1) == "of" {
		named = true // "the Agreement on Peace and Reconciliation"
	}
	year := s.datePremodifies(i) || s.dateOfAfter(i) // "the Nov 10 deal", "the Pretoria agreement of April 2005"
	for k := i - 1; k >= 0 && k >= i-4 && !year; k-- {
		if isYear(s.toks[k]) {
			year = s.adjectival(k+1, i) // "the 2015 accord", not "in 2023 under a deal"
			break
		}
		if s.toks[k].kind == kPunct && !s.toks[k].hyph {
			break
		}
	}
	if s.haltAfter(i + 1) {
		// "agrees deal to halt march on Moscow": what it agrees tells a truce
		s.peaceCand(i, i+1, false, named || year)
		return
	}
	reached := s.reachedDeal(i) || s.madeBy(i+1)
	signed := s.anyBack(i-1, i-6, signVerbs) >= 0 || s.in(i+1, signVerbs) || reached || s.signedInRelative(i) || s.signedParticiple(i) || s.namesPutTo(i) ||
		isBeForm(s.w(i+1)) && s.in(i+2, signVerbs) // "the accord is signed"
	between := s.w(i+1) == "between"
	// a deal reached or signed in a story that has spoken of peace, truce
	// or talks before: "The accord was reached in Havana in August"
	conflict := s.hasWord(conflictCues) || s.actorIn(0, len(s.toks)-1, gazetteer.KindArmedGroup) || (reached || signed) && s.ctx.peaceBefore
	if !(named || year || (signed || between) && conflict) {
		return
	}
	if named && !year && !signed && !between && !conflict {
		return
	}
	// "the accords" name one accord in its parts; "accords" alone are many
	plural := t.w[len(t.w)-1] == 's' && !named && prev != "the"
	s.peaceCand(i, i+1, plural, named || year)
}

// madeBy reports whether a participle of making with its agent follows
// an agreement noun at i: "the agreement negotiated by Jimmy Carter", "a
// deal brokered by Qatar".
func (s *sent) madeBy(i int) bool {
	switch s.w(i) {
	case "negotiated", "brokered", "mediated":
		return s.w(i+1) == "by"
	}
	return false
}

// signedParticiple reports whether a participle of signing follows the
// agreement noun at i after a comma, past a short "of"/"on" phrase: "The
// new accord, signed in Addis Ababa on Sept. 12", "the Framework Agreement
// on the Bangsamoro, signed on 15 October 2012".
func (s *sent) signedParticiple(i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+6; k++ {
		if s.hardBoundary(k) {
			return false
		}
		if s.w(k) == "," {
			return s.in(k+1, signVerbs)
		}
	}
	return false
}

// dealOnCaptives reports whether a clause right after the deal noun ending
// at te is about releasing captives: "a deal, under which Israel released
// five prisoners", "the agreement to free all detainees".
func (s *sent) dealOnCaptives(te int) bool {
	for k := te; k < len(s.toks) && k <= te+8; k++ {
		if s.hardBoundary(k) {
			return false
		}
		if s.in(k, releaseWords) && s.anyFwd(k+1, k+5, captiveNouns) >= 0 {
			return true
		}
	}
	return false
}

// signedInRelative reports whether a relative clause after the agreement
// noun at i has it signed: "an agreement that the government signed with
// the rebels".
func (s *sent) signedInRelative(i int) bool {
	if w := s.w(i + 1); w != "that" && w != "which" {
		return false
	}
	for k := i + 2; k < len(s.toks) && k <= i+10; k++ {
		if s.hardBoundary(k) || s.w(k) == "," {
			return false
		}
		if s.in(k, signVerbs) {
			return true
		}
	}
	return false
}

// reachedDeal reports whether the agreement noun at i is reached, struck
// or finalised: "the accord was reached in Havana", "struck a deal".
func (s *sent) reachedDeal(i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+3; k++ {
		if reachVerb(s.w(k)) {
			return true
		}
		if w := s.w(k); w != "was" && w != "had" && w != "been" && w != "has" && w != "," {
			break
		}
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if reachVerb(s.w(k)) {
			return true
		}
		if t := s.toks[k]; t.kind != kWord || !(isDeterminer(t.w) || t.cap || t.w == "new" || t.w == "final" || t.w == "landmark" || t.w == "historic") {
			break
		}
	}
	return false
}

// reachVerb reports whether w concludes a deal: "reached", "struck".
func reachVerb(w string) bool {
	switch w {
	case "reached", "struck", "finalised", "finalized", "clinched", "sealed", "brokered", "hammered":
		return true
	}
	return false
}

func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "any", "such", "another", "no", "one", "each", "every", "some":
		return true
	}
	return false
}

// peaceCand adds a peace agreement, or a ceasefire when the text treats the
// deal as one: a local deal, one the next sentences call a truce, or one
// between armed groups with no government side.
func (s *sent) peaceCand(ts, te int, plural, named bool) {
	for _, c := range s.cands {
		if c.typ == model.TypeCeasefire && abs(c.ts-ts) <= 6 {
			return
		}
	}
	for k := te; k < len(s.toks) && k <= te+8; k++ {
		// "the agreement reached today on a cessation of hostilities"
		if w := s.w(k); w == "ceasefire" || w == "truce" || w == "cessation" || w == "armistice" {
			return
		}
		if w := s.w(k); w == "," && s.w(k+1) != "on" || w == "after" || w == "before" || w == "since" || s.hardBoundary(k) {
			break // "signed a peace agreement in Algiers, six months after a cessation of hostilities"
		}
	}
	if s.dealOnCaptives(te) {
		return // "a 2008 deal, under which Israel released five prisoners": no peace accord
	}
	typ := model.TypePeaceAgreement
	if s.anyBack(ts-1, ts-3, localMods) >= 0 || s.haltAfter(te) || s.separationAfter(te) {
		typ = model.TypeCeasefire // a local deal; "a deal to halt the march on Moscow"; "a memorandum creating de-escalation zones"
	}
	if !named && te-ts == 1 && s.ctx.recentCeasefire && (s.w(ts) == "deal" || s.w(ts) == "agreement") {
		typ = model.TypeCeasefire // "approved the deal" right after the truce was named
	}
	if te-ts == 1 && s.ctx.truceStory && s.w(ts) == "deal" && s.datePremodifies(ts) {
		typ = model.TypeCeasefire // "the Nov 10 deal" in a story of truces
	}
	if typ != model.TypeCeasefire && !named {
		// (a named accord, "the Lusaka Protocol", stays an accord)
		for _, n := range s.ctx.next {
			if truceReference(n) {
				typ = model.TypeCeasefire
				break
			}
		}
	}
	if typ != model.TypeCeasefire && !named {
		// the parties: those of a "between X and Y" phrase, or the sentence's
		lo, hi := 0, len(s.toks)-1
		if k := s.anyFwd(te, te+3, cueBetween); k >= 0 {
			lo, hi = k+1, k+12
			for m := lo; m <= hi && m < len(s.toks); m++ {
				if s.hardBoundary(m) || s.w(m) == "that" || s.w(m) == "which" || s.w(m) == "who" {
					hi = m - 1
					break
				}
			}
		}
		if lo == 0 {
			// no "between" phrase: the parties are the subject of the clause
			lo = ts - 1
			for lo > 0 && ts-lo < 15 && !s.hardBoundary(lo-1) && !s.in(lo-1, clauseWords) {
				lo--
			}
			hi = ts - 1
		}
		armed := s.anyIn(lo, hi, armedCues) >= 0 || s.actorIn(lo, hi, gazetteer.KindArmedGroup)
		gov := s.anyIn(lo, hi, govCues) >= 0 || s.actorIn(lo, hi, gazetteer.KindGovernment, gazetteer.KindMilitary, gazetteer.KindCountry)
		if w := s.anyFwd(te, te+2, cueWith); w >= 0 && !gov {
			// "the guerrillas signed a peace pact with the government"
			gov = s.anyIn(w+1, w+4, govCues) >= 0 || s.actorIn(w+1, w+4, gazetteer.KindGovernment, gazetteer.KindCountry)
		}
		if armed && !gov {
			typ = model.TypeCeasefire
		}
	}
	c := cand{typ: typ, ts: ts, te: te, plural: plural, named: named}
	if typ == model.TypeCeasefire {
		c.sub = s.ceasefireSub(ts, te)
		if c.sub == "" {
			c.sub = "agreed"
		}
	}
	if s.in(te, proposalNext) {
		c.fact = model.FactHypothetical
	}
	s.add(c)
}

// ---- prisoner swap ----

func (s *sent) swap(i int) {
	w := s.w(i)
	noun := w == "exchange" || w == "exchanges" || w == "swap" || w == "swaps"
	plural := w == "exchanges" || w == "swaps"
	if noun && s.w(i-1) == "in" && (s.w(i+1) == "for" || s.w(i+1) == "of") {
		s.exchangeFor(i)
		return
	}
	if noun {
		if k := s.anyIn(i-2, i-1, strictCaptives); k >= 0 {
			if s.anyIn(i-2, i-1, notCaptives) < 0 {
				s.add(cand{typ: model.TypePrisonerSwap, ts: k, te: i + 1, plural: plural})
			}
			return
		}
		if s.w(i+1) == "of" {
			for k := i + 2; k < len(s.toks) && k <= i+7; k++ {
				if s.in(k, notCaptives) {
					return
				}
				if s.in(k, strictCaptives) {
					s.add(cand{typ: model.TypePrisonerSwap, ts: i, te: i + 1, plural: plural})
					return
				}
			}
		}
		if (w == "exchange" || w == "swap") && (s.ctx.recentSwap || s.ctx.earlierSwap && (s.in(i-1, ordinalWords) || s.in(i-2, ordinalWords))) && s.swapAnaphor(i) {
			// ("a third exchange", anywhere after a swap: one of a series)
			// "The first exchange took place on Friday" after a swap
			s.add(cand{typ: model.TypePrisonerSwap, ts: i - 1, te: i + 1})
			return
		}
		if plural && (s.ctx.recentSwap || s.ctx.earlierSwap) && s.w(i-2) == "of" && s.anyFwd(i+1, i+3, notCaptives) < 0 {
			switch s.w(i - 1) {
			case "those", "these", "the":
				// "The most celebrated of those swaps took place on
				// 11 February 1986": one of the swaps just told
				s.add(cand{typ: model.TypePrisonerSwap, ts: i - 1, te: i + 1})
				return
			}
		}
		if (w == "exchange" || w == "swap") && s.w(i-1) == "a" && s.w(i-2) == "in" && s.releasedAfter(i) {
			// "In a swap brokered by the UAE, 90 soldiers were returned home"
			s.add(cand{typ: model.TypePrisonerSwap, ts: i, te: i + 1})
			return
		}
		if (w == "exchange" || w == "swap") && s.inPhraseBefore(i) && s.peopleFreedBefore(i) {
			// "nearly 900 prisoners freed in the exchange between ...",
			// "were released in a swap announced on 16 January"
			s.add(cand{typ: model.TypePrisonerSwap, ts: i, te: i + 1})
			return
		}
		if (w == "exchange" || w == "swap") && s.captivesForCaptives(i+1, i+14) {
			// "There was an exchange last Thursday, ten Ukrainian
			// soldiers for ten Russian soldiers"
			s.add(cand{typ: model.TypePrisonerSwap, ts: i, te: i + 1})
			return
		}
		if (w == "exchange" || w == "swap") && s.releasedCaptivesBefore(i) {
			// "Hamas freed three hostages and Israel released 90
			// prisoners, in the first exchange under the truce"
			s.add(cand{typ: model.TypePrisonerSwap, ts: i, te: i + 1})
			return
		}
		if w == "exchange" || w == "swap" {
			// the verb in the infinitive or the present: "agreed to
			// exchange prisoners", "Russia and Ukraine swap 200 prisoners"
			if p := s.w(i - 1); p == "to" || p == "will" || p == "would" || s.swapObject(i+1) {
				s.swapVerb(i)
			}
		}
		return
	}
	s.swapVerb(i)
}

// releasedAfter reports whether the clause after the noun at i tells of
// captives or soldiers released or returned: "In a swap brokered by the
// UAE, 90 Ukrainian soldiers were returned home".
func (s *sent) releasedAfter(i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+16; k++ {
		if s.hardBoundary(k) {
			return false
		}
		if s.in(k, releaseWords) && (s.anyIn(k-6, k-1, captiveNouns) >= 0 || s.anyIn(k-6, k-1, personNouns) >= 0 || s.anyFwd(k+1, k+5, captiveNouns) >= 0) {
			return s.anyIn(i+1, k+5, notCaptives) < 0
		}
	}
	return false
}

// releasedCaptivesBefore reports whether, before the noun at i, the
// sentence tells of captives released by two sides: two release verbs,
// each followed closely by captives.
func (s *sent) releasedCaptivesBefore(i int) bool {
	n := 0
	for k := 0; k < i; k++ {
		if !s.in(k, releaseWords) || s.w(k) == "return" || s.w(k) == "exchanged" || s.w(k) == "swapped" {
			continue
		}
		for m := k + 1; m < i && m <= k+5; m++ {
			if s.in(m, notCaptives) || s.hardBoundary(m) {
				break
			}
			if s.in(m, strictCaptives) {
				n++
				k = m
				break
			}
		}
	}
	if n == 1 {
		// one release, then "an exchange with Hamas": the other side's
		// half is told by the partner ("freed 477 prisoners in the first
		// stage of an exchange with Hamas")
		return s.w(i+1) == "with" && i+2 < len(s.toks) && (s.toks[i+2].cap || s.w(i+2) == "the")
	}
	return n >= 2
}

// hasCand reports whether a trigger of type typ was found earlier in the sentence.
func (s *sent) hasCand(typ string) bool {
	for _, c := range s.cands {
		if c.typ == typ {
			return true
		}
	}
	return false
}

// swapObject reports whether token i opens the object of a verb "swap" or
// "exchange": a number or a quantity ("nearly 200", "hundreds of") or the
// captives themselves.
func (s *sent) swapObject(i int) bool {
	if i >= len(s.toks) {
		return false
	}
	if s.toks[i].kind == kNum || s.in(i, strictCaptives) {
		return true
	}
	switch s.w(i) {
	case "nearly", "about", "almost", "some", "more", "over", "around", "hundreds", "dozens", "thousands", "scores":
		return true
	}
	return false
}

func (s *sent) swapVerb(i int) {
	if (s.w(i) == "swapped" || s.w(i) == "exchanged") && s.in(i-1, strictCaptives) {
		s.add(cand{typ: model.TypePrisonerSwap, ts: i - 1, te: i + 1}) // "318 detainees swapped today"
		return
	}
	if p := s.w(i - 1); p == "were" || p == "was" || p == "been" || p == "be" {
		// the passive: "captives had been swapped", "ten agents were
		// swapped in Vienna for four Russians"
		for k := i - 2; k >= 0 && k >= i-10; k-- {
			if s.hardBoundary(k) || s.in(k, notCaptives) {
				break
			}
			if s.in(k, strictCaptives) || s.in(k, personNouns) && s.anyFwd(i+1, i+6, cueFor) > 0 {
				s.add(cand{typ: model.TypePrisonerSwap, ts: i, te: i + 1})
				return
			}
		}
	}
	for k := i + 1; k < len(s.toks) && k <= i+6; k++ {
		if s.in(k, notCaptives) {
			return
		}
		if s.in(k, strictCaptives) || s.in(k, personNouns) && (s.w(i) != "traded" || s.w(k-1) == "spy" || s.anyIn(i+1, k, cueFor) >= 0) {
			// "swapped 14 convicted spies", "was traded for the Soviet spy"
			s.add(cand{typ: model.TypePrisonerSwap, ts: i, te: i + 1})
			return
		}
		if s.hardBoundary(k) {
			return
		}
	}
}

// exchangeFor handles "freed X in exchange for / in return for Y".
func (s *sent) exchangeFor(i int) {
	rel := s.anyIn(i-30, i-2, releaseWords)
	if rel < 0 {
		return
	}
	if s.anyIn(rel+1, i-2, remainsNouns) >= 0 {
		return // "returned the remains of two soldiers in exchange for ...": no living captives
	}
	// captives released on this side let people on the other side count:
	// "freed 1,027 prisoners in exchange for a single soldier"
	captivesBefore := s.anyIn(rel+1, i-2, captiveNouns) >= 0 || s.anyIn(rel+1, i-2, personNouns) >= 0 || s.peopleIn(rel+1, i-2) ||
		s.anyIn(rel-3, rel-1, personNouns) >= 0 || s.anyIn(rel-3, rel-1, captiveNouns) >= 0 // "saw 300 soldiers freed in return for ..."
	for k := i + 2; k < len(s.toks) && k <= i+10; k++ {
		if s.in(k, notCaptives) && !s.compoundModifier(k) {
			return // "for cash", not "for the arms dealer X"
		}
		if s.in(k, captiveNouns) || s.in(k, releaseWords) || captivesBefore && (s.in(k, personNouns) || s.peopleAt(k)) && !s.personActs(k) {
			s.add(cand{typ: model.TypePrisonerSwap, ts: i - 1, te: i + 2})
			return
		}
		if s.hardBoundary(k) {
			return
		}
	}
}

// personActs reports whether the people named at k are the subject of
// what they are to do, not captives: "in return for the students ending
// their sit-in", "for the soldiers to leave".
func (s *sent) personActs(k int) bool {
	for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
		w := s.w(j)
		switch w {
		case "serving", "awaiting", "facing", "being":
			return false // "three spies serving long sentences" are captives
		}
		if w == "to" || len(w) > 4 && strings.HasSuffix(w, "ing") {
			return true
		}
		if s.toks[j].kind != kWord || !s.toks[j].cap {
			return false // past a name ("Alan Gross leaving") only
		}
	}
	return false
}

// compoundModifier reports whether token k modifies the noun after it
// ("arms dealer", "aid worker"): a lower-case word follows.
func (s *sent) compoundModifier(k int) bool {
	if k+1 >= len(s.toks) {
		return false
	}
	n := s.toks[k+1]
	if n.kind != kWord || n.cap {
		return false
	}
	switch n.w {
	case "and", "or", "of", "to", "for", "from", "in", "on", "at", "with", "by", "that", "which", "who", "as", "worth":
		return false
	}
	return true
}

// peopleIn reports whether tokens [lo,hi] name people (see peopleAt).
func (s *sent) peopleIn(lo, hi int) bool {
	for k := max(lo, 0); k <= hi && k < len(s.toks); k++ {
		if s.peopleAt(k) {
			return true
		}
	}
	return false
}

// peopleAt reports whether token k starts a person's name or a counted
// group of people: "Brittney Griner" (two capitalised words that are not
// the name of a place or an organisation), "five Iranians" (a number and
// a capitalised plural).
func (s *sent) peopleAt(k int) bool {
	if k < 0 || k+1 >= len(s.toks) {
		return false
	}
	t := s.toks[k]
	if t.kind != kWord || !t.cap {
		return false
	}
	if len(t.w) > 3 && t.w[len(t.w)-1] == 's' {
		// "five Iranians", "39 Palestinians", "four detained Britons"
		for j := k - 1; j >= 0 && j >= k-2; j-- {
			if p := s.toks[j]; p.kind == kNum || numberWord(p.w) {
				return true
			} else if p.kind != kWord || p.cap {
				break
			}
		}
	}
	n := s.toks[k+1]
	if n.kind != kWord || !n.cap || n.hyph || k > 0 && s.toks[k-1].cap && s.toks[k-1].kind == kWord {
		return false // not the start of a two-word name
	}
	return !s.actorIn(k, k+1, gazetteer.KindCountry, gazetteer.KindOrganisation, gazetteer.KindArmedGroup, gazetteer.KindMilitary, gazetteer.KindGovernment, gazetteer.KindMission) &&
		!s.placeIn(k, k+1)
}

// placeIn reports whether a place of the gazetteer overlaps tokens [lo,hi].
func (s *sent) placeIn(lo, hi int) bool {
	a, b := s.toks[lo].s, s.toks[hi].e
	for _, m := range s.placeMatches() {
		if m.Start < b && m.End > a {
			return true
		}
	}
	return false
}

// numberWord reports whether w is a number written in words.
func numberWord(w string) bool {
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens", "hundreds", "thousands", "several":
		return true
	}
	return false
}

// ---- withdrawal ----

// forceCue reports whether armed forces are named near a withdrawal verb at
// i (up to token j on its right).
func (s *sent) forceCue(i, j int) bool {
	if s.anyBack(i-1, i-6, forceNouns) >= 0 || s.anyFwd(i+1, j+5, forceNouns) >= 0 {
		return true
	}
	// "pull out its 3,000-strong contingent": numbers and hyphens lengthen the phrase
	if k := s.anyFwd(i+1, j+9, forceNouns); k >= 0 && s.onlyModifiers(j+6, k) {
		return true
	}
	return s.actorIn(i-8, j+6, gazetteer.KindArmedGroup, gazetteer.KindMission, gazetteer.KindMilitary)
}

// onlyModifiers reports whether tokens [a,b) are numbers, hyphenated words
// and the commas inside numbers: "3,000-strong".
func (s *sent) onlyModifiers(a, b int) bool {
	for k := max(a, 0); k < b && k < len(s.toks); k++ {
		t := s.toks[k]
		if !(t.kind == kNum || t.hyph || t.w == "," && k > 0 && s.toks[k-1].kind == kNum && k+1 < len(s.toks) && s.toks[k+1].kind == kNum) {
			return false
		}
	}
	return true
}

// nonForceWithdrawal reports whether what is withdrawn, or what it is
// withdrawn from, is not a territory: "withdrew his candidacy", "withdraw
// from the treaty", "pulled out of the talks".
func (s *sent) nonForceWithdrawal(i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+4; k++ {
		w := s.w(k)
		if w == "from" || w == "of" || s.hardBoundary(k) || s.in(k, forceNouns) {
			break // "withdraw its troops and ambassador": troops first
		}
		if s.in(k, nonForceObjects) {
			return true
		}
	}
	if k := s.anyFwd(i+1, i+6, cueFromOf); k >= 0 {
		for m := k + 1; m < len(s.toks) && m <= k+4; m++ {
			if s.toks[m].kind == kPunct {
				break // "withdrew from Mekelle, the government ...": another clause
			}
			if s.in(m, nonForceOrigins) {
				return true
			}
			if s.actorIn(m, m, gazetteer.KindOrganisation) {
				return true
			}
		}
	}
	return false
}

// fromPlace reports whether a place follows "from" after token i.
func (s *sent) fromPlace(i int) bool {
	k := s.anyFwd(i+1, i+6, cueFrom)
	if k < 0 || k+1 >= len(s.toks) {
		return false
	}
	switch s.w(k + 1) {
	case "most", "all", "much", "parts", "part", "some", "large", "swathes":
		// "from most of Kharkiv region"
		if j := s.anyFwd(k+2, k+3, cueFromOf); j > 0 && s.w(j) == "of" {
			k = j
		}
	}
	if s.anyFwd(k+1, k+3, territoryNouns) >= 0 {
		return true // "withdrew from the territory"
	}
	a := s.toks[k+1].s
	b := s.toks[min(k+3, len(s.toks)-1)].e
	for _, p := range s.placeMatches() {
		if p.Start >= a && p.Start < b {
			return true
		}
	}
	return false
}

// fromName reports whether "from" or "out of" right after the verb at i
// (or its particle) leads to a capitalised name the gazetteer does not
// know, as small towns are named ("the Israelis pulled out of Khiam"):
// not an organisation, a treaty or an alliance.
func (s *sent) fromName(i int) bool {
	k := i + 1
	if s.w(k) == "back" {
		k++
	}
	if s.w(k) == "out" {
		k++
	}
	if w := s.w(k); w != "from" && !(w == "of" && s.w(k-1) == "out") {
		return false
	}
	k++
	if k >= len(s.toks) {
		return false
	}
	t := s.toks[k]
	if name := s.text[t.s:t.e]; !t.cap || t.kind != kWord || strings.ToUpper(name) == name || isMonthWord(t.w) {
		return false
	}
	if s.actorIn(k, k+3, gazetteer.KindOrganisation, gazetteer.KindMission) {
		return false
	}
	for m := k + 1; m < len(s.toks) && m <= k+3 && s.toks[m].cap; m++ {
		switch s.w(m) {
		case "treaty", "agreement", "accord", "pact", "council", "union", "alliance", "organisation", "organization", "court", "convention", "league":
			return false
		}
	}
	return true
}

// boundaryIn reports whether tokens [a,b) hold a comma or a hard boundary.
func (s *sent) boundaryIn(a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		if s.w(k) == "," || s.hardBoundary(k) {
			return true
		}
	}
	return false
}

// territoryAfter reports whether "of" or "from" right after token k leads
// to a place: a name of the gazetteer or a noun of territory ("out of the
// eastern town of Avdiivka", "from two districts").
func (s *sent) territoryAfter(k int) bool {
	f := s.anyFwd(k+1, k+2, cueFromOf)
	if f < 0 {
		return false
	}
	if s.anyFwd(f+1, f+4, territoryNouns) >= 0 {
		return true
	}
	if f+1 >= len(s.toks) {
		return false
	}
	a, b := s.toks[f+1].s, s.toks[min(f+4, len(s.toks)-1)].e
	for _, p := range s.placeMatches() {
		if p.Start >= a && p.Start < b {
			return true
		}
	}
	return false
}

func (s *sent) stateSubject(i int) bool {
	return s.actorIn(i-6, i-1, gazetteer.KindCountry, gazetteer.KindGovernment) || s.peopleSubject(i)
}

// peopleSubject reports whether the verb at i has for subject a people
// named by its plural demonym ("the Israelis pulled out").
func (s *sent) peopleSubject(i int) bool {
	return s.demonymPeople(i-1) || s.demonymPeople(i-2) && s.in(i-1, adverbsBeforeVerb)
}

// demonymPeople reports whether token k is a people named by its plural
// demonym after "the", as war reports name a state's forces: "the
// Ethiopians pulled back", "the Russians withdrew from the city".
func (s *sent) demonymPeople(k int) bool {
	if k < 1 || s.w(k-1) != "the" {
		return false
	}
	t := s.toks[k]
	if !t.cap || t.kind != kWord || len(t.w) < 5 || !strings.HasSuffix(t.w, "s") {
		return false
	}
	_, ok := s.x.gaz.Country(s.text[t.s : t.e-1])
	return ok
}

func (s *sent) addWithdrawal(ts, te int, sub string, plural bool) {
	s.add(cand{typ: model.TypeWithdrawal, sub: sub, ts: ts, te: te, plural: plural})
}

func (s *sent) withdrawVerb(i int) {
	if s.nonForceWithdrawal(i) {
		return
	}
	if strings.HasPrefix(s.w(i), "retreat") {
		// troops retreat from a town or a region; falling back from a
		// square or a building is a move in a fight
		for k := i + 1; k < len(s.toks) && k <= i+5; k++ {
			switch s.w(k) {
			case "square", "plaza", "street", "streets", "building", "buildings", "palace", "compound", "bridge":
				return
			}
		}
	}
	if !s.forceCue(i, i) && !(s.fromPlace(i) && s.stateSubject(i)) && !(s.fromName(i) && s.peopleSubject(i)) && !s.pronounForForces(i) && !s.pronounOfForces(i+1) && !s.coordForceSubject(i) && !s.relSubjectForces(i) {
		return
	}
	s.addWithdrawal(i, i+1, partialOrCompleted(s.in(i, completedForms)), false)
}

// relSubjectForces reports whether the verb at i follows a relative
// clause on armed forces that is its subject: "Wagner mercenaries who had
// taken over the city and driven to within 200 km (125 miles) of Moscow
// pulled out of Rostov". The clause may hold a parenthesis; a semicolon,
// colon or dash ends the search.
func (s *sent) relSubjectForces(i int) bool {
	depth := 0
	for k := i - 1; k >= 1 && k >= i-40; k-- {
		switch s.w(k) {
		case ")":
			depth++
			continue
		case "(":
			depth--
			continue
		}
		if depth > 0 {
			continue
		}
		if s.hardBoundary(k) {
			return false
		}
		if w := s.w(k); (w == "who" || w == "which") && k < i-2 {
			return s.in(k-1, forceNouns) || s.w(k-1) == "," && s.in(k-2, forceNouns) ||
				s.actorIn(k-3, k-1, gazetteer.KindArmedGroup, gazetteer.KindMilitary, gazetteer.KindMission)
		}
	}
	return false
}

// coordForceSubject reports whether the verb at i is the second of two
// verbs joined by "and" whose subject names armed forces, further back
// than forceCue looks: "whose troops fought alongside the government
// early in the war and withdrew from the country in 2015". The subject
// lies in the same clause: no comma or hard boundary in between.
func (s *sent) coordForceSubject(i int) bool {
	k := i - 1
	for k >= 0 && (s.w(k) == "then" || s.w(k) == "later" || s.w(k) == "finally" || s.w(k) == "eventually") {
		k--
	}
	if k < 1 || s.w(k) != "and" {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-16; m-- {
		if s.w(m) == "," || s.hardBoundary(m) {
			return false
		}
		if s.in(m, forceNouns) {
			return true
		}
	}
	return false
}

// pronounOfForces reports whether token k is "they" or "them" standing
// for armed forces named just before: earlier in the sentence, or in the
// previous sentence of the paragraph ("Russian troops entered Gori. By
// Aug. 22, most of them had left").
func (s *sent) pronounOfForces(k int) bool {
	if w := s.w(k); w != "they" && w != "them" {
		return false
	}
	if subordinator(s.w(k - 1)) {
		return false // "soldiers detained the delegates as they left": the object's
	}
	if s.anyIn(k-30, k-1, forceNouns) >= 0 {
		return true
	}
	c := s.ctx
	if c == nil || c.doc == nil || c.si == 0 || c.si >= len(c.doc.Sentences) {
		return false
	}
	p := c.doc.Sentences[c.si-1]
	if !sameParagraph(c.doc.Text, p.End, c.doc.Sentences[c.si].Start) {
		return false
	}
	return hasWordOf(c.doc.Text[p.Start:p.End], forceNouns)
}

// datedParticiple reports whether a ceasefire, accord or swap trigger
// noun is followed by a participle of its making and that participle's
// own time: "the ceasefire reached at the weekend", "the accord signed on
// 2 May".
func (s *sent) datedParticiple(c *cand) bool {
	switch c.typ {
	case model.TypeCeasefire, model.TypePeaceAgreement, model.TypePrisonerSwap:
	default:
		return false
	}
	p := c.te
	switch s.w(p) {
	case "reached", "signed", "agreed", "brokered", "concluded", "sealed", "struck", "declared":
	default:
		return false
	}
	for _, t := range s.times {
		if t.a <= p || t.a > p+3 || t.dateline || s.boundaryIn(p, t.a) {
			continue
		}
		// a past time: not "next week", nor after the publication date
		for k := t.a; k < t.b; k++ {
			if w := s.w(k); w == "next" || w == "coming" || w == "tomorrow" {
				return false
			}
		}
		if d := s.ctx.doc; d != nil && d.Published.Known() && t.tx.Begin > d.Published.Last {
			return false
		}
		return true
	}
	return false
}

// finiteAfterAnd reports whether w, right after "and", is a finite verb
// that opens a coordinated clause of its own.
func finiteAfterAnd(w string) bool {
	switch w {
	case "was", "were", "is", "are", "has", "have", "had", "said", "says":
		return true
	}
	return false
}

// mediatorsAtWork reports whether the mediators named at i go between the
// two sides: "Egyptian mediators have shuttled between the two sides",
// "mediators met both delegations" (not "mediators are needed").
func (s *sent) mediatorsAtWork(i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+6; k++ {
		switch s.w(k) {
		case "shuttled", "shuttling", "met", "relayed", "carried", "brokered", "hosted", "convened", "between":
			return true
		}
		if s.hardBoundary(k) {
			return false
		}
	}
	return false
}

// subordinator reports whether w opens a subordinate clause, whose
// pronoun subject often stands for the main clause's object.
func subordinator(w string) bool {
	switch w {
	case "as", "when", "while", "after", "before", "until", "because", "once", "since":
		return true
	}
	return false
}

// hasWordOf reports whether a word of text, lower-cased, is in ws.
func hasWordOf(text string, ws *wordSet) bool {
	var buf [24]byte
	for i := 0; i < len(text); {
		if !asciiLetter[text[i]] {
			i++
			continue
		}
		j := i
		for j < len(text) && asciiLetter[text[j]] {
			j++
		}
		if j-i <= len(buf) {
			w := buf[:j-i]
			for n := range w {
				w[n] = lowerTable[text[i+n]]
			}
			if ws.has(string(w)) {
				return true
			}
		}
		i = j
	}
	return false
}

// pronounForForces reports whether the subject of the verb at i is "they"
// standing for armed forces named earlier in the sentence: "fighters
// stormed the town ...; three days later they withdrew toward the coast".
func (s *sent) pronounForForces(i int) bool {
	k := i - 1
	for k >= 0 && (s.w(k) == "had" || s.w(k) == "have" || s.w(k) == "then" || s.w(k) == "later" || s.w(k) == "finally") {
		k--
	}
	if s.w(k) != "they" || subordinator(s.w(k-1)) {
		return false
	}
	// the antecedent may lie across a semicolon
	return s.anyIn(k-30, k-1, forceNouns) >= 0
}

func (s *sent) withdrawalNoun(i int) {
	if s.nonForceWithdrawal(i) {
		return
	}
	plural := s.w(i) == "withdrawals" || s.w(i) == "pullouts"
	if s.w(i) == "evacuation" {
		// an evacuation is a withdrawal only of fighters: "the evacuation
		// of rebel fighters", not of civilians or the wounded
		if s.anyFwd(i+1, i+5, forceNouns) >= 0 && s.w(i+1) == "of" {
			s.addWithdrawal(i, i+1, "", false)
		}
		return
	}
	ok := s.anyIn(i-3, i-1, forceNouns) >= 0 || s.anyFwd(i+1, i+5, forceNouns) >= 0 ||
		s.actorIn(i-3, i+5, gazetteer.KindArmedGroup, gazetteer.KindMission, gazetteer.KindMilitary, gazetteer.KindCountry, gazetteer.KindGovernment) ||
		(s.w(i-1) == "own" || s.w(i-1) == "final" || s.w(i-1) == "last") && s.actorIn(i-5, i-3, gazetteer.KindCountry, gazetteer.KindGovernment, gazetteer.KindMilitary) ||
		s.fromPlace(i) || s.demonymBefore(i) || s.w(i-1) == "the" && s.actorIn(i-8, i-1, gazetteer.KindCountry, gazetteer.KindGovernment, gazetteer.KindMilitary) ||
		s.ctx.recentWithdraw && s.w(i-1) == "the" // "The pull-out, completed in March" after a withdrawal was named
	if !ok {
		return
	}
	sub := ""
	if s.anyBack(i-1, i-3, cueCompleted) >= 0 || s.w(i-1) == "own" && s.anyBack(i-2, i-4, cueCompleted) >= 0 {
		sub = "completed" // "completed its withdrawal"
	}
	te := i + 1
	if s.w(i) == "pull" {
		te = i + 2 // "pull-out"
	}
	s.addWithdrawal(i, te, sub, plural)
}

// demonymBefore reports whether a national adjective or country name
// precedes token i ("the French withdrawal", "Russia's pullout").
func (s *sent) demonymBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := s.toks[k]
		if t.kind == kPoss || t.w == "." {
			continue
		}
		if t.cap {
			if _, ok := s.x.gaz.Country(s.text[t.s:t.e]); ok {
				return true
			}
		}
		if t.kind == kWord && !t.cap {
			return false
		}
	}
	return false
}

func (s *sent) leave(i int) {
	w := s.w(i)
	if w == "gone" {
		// "the soldiers had gone.", "had gone by March": gone with
		// nowhere to go; not "had gone into the town"
		switch n := s.w(i + 1); {
		case n == "" || n == "by" || n == "from" || s.toks[i+1].kind == kPunct && n != "-":
		default:
			return
		}
	}
	if s.in(i+1, leaveSkipNext) || w == "left" && s.in(i-1, leaveSkipPrev) || w == "leave" && s.in(i-1, leaveNounPrev) {
		return
	}
	if (w == "exit" || w == "exited" || w == "exiting") && s.w(i+1) == "of" {
		if s.anyFwd(i+2, i+6, forceNouns) >= 0 || s.actorIn(i+2, i+6, gazetteer.KindMission, gazetteer.KindMilitary, gazetteer.KindArmedGroup) {
			s.addWithdrawal(i, i+1, "", false)
		}
		return
	}
	// the subject names armed forces: "the last troops left", "led U.S. troops to leave"
	if s.in(i+1, leaveObjNext) || s.toks[min(i+1, len(s.toks)-1)].kind == kNum {
		return
	}
	k := i - 1
	for k >= 0 && s.in(k, leaveAux) {
		k--
	}
	if k < 0 {
		return
	}
	if !s.in(k, forceNouns) && !s.actorIn(k, k, gazetteer.KindMission, gazetteer.KindMilitary, gazetteer.KindArmedGroup) &&
		!(w == "left" && s.militaryBaseAfter(i)) && !s.pronounOfForces(k) && !s.includingForces(k) && !(w == "left" && s.coordForceSubject(i)) &&
		!(s.w(k-1) == "and" && s.in(k-2, forceNouns)) { // "allowed 3,000 fighters and civilians to leave"
		return
	}
	if w := s.w(k); w == "presence" || w == "footprint" || w == "deployment" || w == "operation" || w == "command" {
		return
	}
	if s.nonForceWithdrawal(i) {
		return
	}
	s.addWithdrawal(i, i+1, partialOrCompleted(completedForms.has(w)), false)
}

// handedBack reports whether the verb at i hands a place back to a state
// ("Israel handed the last of Sinai back to Egypt", "handed El Arish
// back to Egypt") and a state or force is its subject.
func (s *sent) handedBack(i int) bool {
	k := s.anyFwd(i+1, i+6, cueBack)
	if k < 0 || s.w(k+1) != "to" || s.boundaryIn(i+1, k) {
		return false
	}
	country := false
	for m := k + 2; m <= k+4 && m < len(s.toks); m++ {
		if t := s.toks[m]; t.cap {
			if _, ok := s.x.gaz.Country(s.text[t.s:t.e]); ok {
				country = true
			}
		}
	}
	if !country {
		return false // handed back to a state: "back to Egypt"
	}
	place := false
	for m := i + 1; m < k; m++ {
		if s.toks[m].cap || s.in(m, territoryNouns) || s.in(m, baseNouns) {
			place = true
		}
		if s.in(m, strictCaptives) || s.in(m, personNouns) || s.in(m, remainsNouns) {
			return false // "handed the prisoners back to ..."
		}
	}
	return place && (s.stateSubject(i) || s.forceCue(i, i))
}

// surrender finds armed forces surrendering, which ends their fighting:
// "Argentine forces in the islands surrendered to British troops", "the
// garrison surrendered", "the instrument of surrender was signed". Not a
// leader giving himself up, nor weapons handed in.
func (s *sent) surrender(i int) {
	w := s.w(i)
	if w == "surrender" && s.w(i-1) == "of" && s.w(i-2) == "instrument" {
		s.ceasefireAt(i-2, i+1, false) // "the instrument of surrender was signed"
		return
	}
	if w != "surrendered" && w != "surrenders" {
		return
	}
	if s.w(i+1) == "their" || s.w(i+1) == "its" || s.w(i+1) == "his" || s.in(i+1, weaponNouns) {
		return // "surrendered their weapons"
	}
	if s.anyBack(i-1, i-8, forceNouns) < 0 && !s.actorIn(i-8, i-1, gazetteer.KindMilitary, gazetteer.KindArmedGroup) {
		return
	}
	s.ceasefireAt(i, i+1, false)
}

// moveOut finds forces moving out of a place: "Wagner columns rolled out
// of the city", "troops were redeployed out of the region", "the two
// armies disengaged from the front line", "the last units crossed the
// river into Uzbekistan".
func (s *sent) moveOut(i int) {
	switch s.w(i) {
	case "crossed":
		// only the last of a force leaving: "the last Soviet units crossed
		// the Amu Darya", not troops crossing into a country
		if s.anyIn(i-8, i-1, cueLast) >= 0 && s.anyIn(i-7, i-1, forceNouns) >= 0 {
			s.addWithdrawal(i, i+1, "completed", false)
		}
	case "disengaged":
		if s.w(i+1) == "from" && s.forceCue(i, i) {
			s.addWithdrawal(i, i+1, "partial", false)
		}
	default:
		if s.w(i+1) == "out" && s.w(i+2) == "of" && s.forceCue(i, i+1) && s.territoryAfter(i+1) && !s.nonForceWithdrawal(i+1) {
			s.addWithdrawal(i, i+2, partialOrCompleted(true), false)
		}
	}
}

// spokeByPhone finds talks held by telephone between the parties: "the
// two presidents spoke by phone on Monday", "spoke by telephone with
// the rebel leader".
func (s *sent) spokeByPhone(i int) {
	k := i + 1
	switch {
	case s.w(k) == "by" && (s.w(k+1) == "phone" || s.w(k+1) == "telephone"):
		k += 2
	case s.w(k) == "on" && s.w(k+1) == "the" && (s.w(k+2) == "phone" || s.w(k+2) == "telephone"):
		k += 3
	default:
		return
	}
	two := s.anyIn(i-4, i-1, cueTwoBoth) >= 0
	with := s.w(k) == "with" && (s.anyIn(k+1, k+6, partyWords) >= 0 || s.anyIn(k+1, k+6, cueRebelRebels) >= 0 ||
		s.actorIn(k+1, k+6, gazetteer.KindArmedGroup, gazetteer.KindGovernment, gazetteer.KindPerson, gazetteer.KindCountry) ||
		s.headOfStateAt(k+1) || k+1 < len(s.toks) && s.toks[k+1].cap)
	if two || with {
		s.addTalks(i, k, false)
	}
}

// abandon finds a state or armed force abandoning a place: "Russia
// abandoned Snake Island on 30 June", "the rebels abandoned their
// positions" (not a plan, a truce or talks).
func (s *sent) abandon(i int) {
	k := i + 1
	if isDeterminer(s.w(k)) || s.toks[min(k, len(s.toks)-1)].kind == kPoss || s.w(k) == "their" || s.w(k) == "its" {
		k++
	}
	place := false
	switch {
	case k < len(s.toks) && (s.in(k, territoryNouns) || s.in(k, baseNouns)):
		place = true
	case k < len(s.toks) && s.toks[k].cap && s.toks[k].kind == kWord:
		e := k
		for e < len(s.toks) && e <= k+3 && s.toks[e].cap && s.toks[e].kind == kWord {
			e++
		}
		// a name ending the object: "Snake Island on 30 June", not
		// "the Minsk agreements"
		place = (e >= len(s.toks) || s.toks[e].kind == kPunct || !s.toks[e].cap && !s.in(e, agreementNouns) && s.w(e) != "talks" && s.w(e) != "plan") &&
			!s.actorIn(k, e-1, gazetteer.KindOrganisation)
		if place && !s.in(e-1, territoryNouns) {
			// a bare name must be a known place, or end in a place noun
			place = false
			a, b := s.toks[k].s, s.toks[e-1].e
			for _, p := range s.placeMatches() {
				if p.Start >= a && p.Start < b {
					place = true
				}
			}
			if w := s.w(e - 1); w == "island" || w == "islands" || w == "heights" || w == "ridge" || w == "hill" || w == "valley" {
				place = true
			}
		}
	}
	if !place {
		return
	}
	if !s.forceCue(i, i) && !s.stateSubject(i) {
		return
	}
	s.addWithdrawal(i, i+1, partialOrCompleted(s.w(i) == "abandoned"), false)
}

// bringHome finds forces brought home: "to bring the troops home", "six
// regiments would be brought home".
func (s *sent) bringHome(i int) {
	h := s.anyFwd(i+1, i+6, cueHome)
	if h < 0 {
		s.takeOut(i)
		return
	}
	if s.boundaryIn(i+1, h) {
		return
	}
	// the object between the verb and "home", or after "home": "brought
	// home the 1,200 soldiers it had sent into Nigeria"
	lo, hi, te := i+1, h-1, h+1
	if h == i+1 {
		lo, hi = h+1, h+6
		for k := lo; k <= hi && k < len(s.toks); k++ {
			if s.hardBoundary(k) || s.w(k) == "," && !(s.toks[k-1].kind == kNum && k+1 < len(s.toks) && s.toks[k+1].kind == kNum) {
				hi = k - 1 // (but "1,200" is one number)
				break
			}
		}
		if k := s.anyIn(lo, hi, forceNouns); k >= 0 {
			te = k + 1
		}
	}
	if s.anyIn(lo, hi, forceNouns) < 0 && !(s.w(i-1) == "be" || s.w(i-1) == "been" || s.w(i-1) == "being" || s.w(i-1) == "were" || s.w(i-1) == "was") {
		return
	}
	if s.anyIn(lo, hi, forceNouns) < 0 && s.anyBack(i-1, i-6, forceNouns) < 0 {
		return // "the bodies were brought home"
	}
	if s.anyIn(lo, hi, strictCaptives) >= 0 || s.anyIn(i-6, max(h-1, hi), remainsNouns) >= 0 {
		return // prisoners brought home are released, not withdrawn
	}
	s.addWithdrawal(i, te, partialOrCompleted(s.w(i) == "brought"), false)
}

// takeOut finds armed forces taken or brought out of a place: "Barak took
// the army out of southern Lebanon", "brought the last troops out of
// Kabul". Captives brought out are freed, not withdrawn.
func (s *sent) takeOut(i int) {
	switch s.w(i) {
	case "took", "taken", "taking", "brought", "bring", "bringing", "brings":
	default:
		return
	}
	for k := i + 2; k <= i+6 && k+1 < len(s.toks); k++ {
		if s.hardBoundary(k) || s.w(k) == "," {
			return
		}
		if s.w(k) != "out" || s.w(k+1) != "of" {
			continue
		}
		if s.anyIn(i+1, k-1, forceNouns) < 0 || s.anyIn(i+1, k-1, strictCaptives) >= 0 {
			return
		}
		w := s.w(i)
		s.addWithdrawal(i, k+1, partialOrCompleted(w == "took" || w == "taken" || w == "brought"), false)
		return
	}
}

// includingForces reports whether token k closes an inserted phrase
// that counts armed forces among the subject: "Around 8,000 people,
// including some 3,000 fighters, left the city".
func (s *sent) includingForces(k int) bool {
	if s.w(k) != "," {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-10; m-- {
		if s.w(m) == "," && !s.onlyModifiers(m, m+1) || s.hardBoundary(m) {
			return false // (a comma inside "3,000" is no boundary)
		}
		if s.w(m) == "including" || s.w(m) == "among" {
			return s.anyIn(m+1, k-1, forceNouns) >= 0
		}
	}
	return false
}

// militaryBaseAfter reports whether the object of the verb at i is a
// military base: "the first convoy left a base near Niamey", "the last
// column left the garrison" (not "left the camp": refugees leave camps).
func (s *sent) militaryBaseAfter(i int) bool {
	for k := i + 1; k <= i+4 && k < len(s.toks); k++ {
		switch s.w(k) {
		case "base", "bases", "airbase", "airbases", "garrison", "barracks", "outpost", "outposts":
			return true
		case "the", "a", "an", "its", "their", "last", "first", "military", "air", "army", "main", "french", "american", "russian", "british":
		default:
			return false
		}
	}
	return false
}

func (s *sent) depart(i int) {
	w := s.w(i)
	if w == "departure" {
		if s.w(i+1) == "of" && (s.anyFwd(i+2, i+6, forceNouns) >= 0 || s.actorIn(i+2, i+6, gazetteer.KindMission, gazetteer.KindMilitary, gazetteer.KindArmedGroup, gazetteer.KindCountry)) {
			s.addWithdrawal(i, i+1, "", false)
			return
		}
		if s.anyIn(i-2, i-1, forceNouns) >= 0 || s.actorIn(i-3, i-1, gazetteer.KindMission, gazetteer.KindMilitary, gazetteer.KindArmedGroup, gazetteer.KindCountry) || s.demonymBefore(i) {
			s.addWithdrawal(i, i+1, "", false)
		}
		return
	}
	if s.anyBack(i-1, i-4, forceNouns) >= 0 || s.actorIn(i-4, i-1, gazetteer.KindMission, gazetteer.KindMilitary) {
		s.addWithdrawal(i, i+1, partialOrCompleted(completedForms.has(w)), false)
	}
}

func (s *sent) closeBases(i int) {
	w := s.w(i)
	if s.w(i+1) == "to" || s.w(i+1) == "ties" || s.w(i-1) == "a" && w == "close" {
		return
	}
	lo := i + 1
	if w == "closure" {
		if s.w(i+1) != "of" {
			if s.anyBack(i-1, i-2, baseNouns) >= 0 {
				s.addWithdrawal(i, i+1, "", false)
			}
			return
		}
		lo = i + 2
	}
	k := s.anyFwd(lo, lo+4, baseNouns)
	if k < 0 {
		return
	}
	if s.w(k) == "position" || s.w(k) == "positions" || s.w(k) == "facilities" || s.w(k) == "installations" {
		if s.anyIn(lo, k, cueMilitaryArmy) < 0 {
			return
		}
	}
	s.addWithdrawal(i, k+1, partialOrCompleted(completedForms.has(w)), false)
}

func (s *sent) handOver(i int) {
	w := s.w(i)
	if w != "handover" && s.handedBack(i) {
		// "Israel handed El Arish back to Egypt": territory given back
		s.addWithdrawal(i, i+1, partialOrCompleted(w == "handed"), false)
		return
	}
	lo := i + 1
	if w != "handover" {
		k := s.anyFwd(i+1, i+4, cueOver)
		if k < 0 {
			return
		}
		lo = k + 1
	} else if s.w(i+1) == "of" {
		lo = i + 2
	}
	// what is handed over: after "over" ("handed over the base") or
	// between the verb and "over" ("handing the base over to")
	base := s.anyFwd(lo, lo+5, baseNouns) >= 0 || lo > i+2 && s.anyFwd(i+1, lo-2, baseNouns) >= 0 ||
		isBeForm(s.w(i-1)) && s.anyBack(i-2, i-5, baseNouns) >= 0 // "the air base was handed over"

	if !base && s.anyFwd(lo, lo+4, cueControlResponsibility) < 0 {
		return
	}
	if !s.forceCue(i, lo+5) && !base {
		return
	}
	s.addWithdrawal(i, i+1, partialOrCompleted(w == "handed"), false)
}

func (s *sent) reduce(i int) {
	w := s.w(i)
	if w == "cut" || w == "cuts" {
		if s.w(i+1) == "off" || s.w(i+1) == "short" {
			return
		}
	}
	// the object: the first noun after the verb that is not a determiner,
	// a number or a modifier ("reduce the number of French troops")
	k := -1
	for m := i + 1; m < len(s.toks) && m <= i+8; m++ {
		t := s.toks[m]
		if t.in(reduceTargets) {
			k = m
			break
		}
		if t.kind == kNum || t.cap || isDeterminer(t.w) || t.in(reduceSkip) {
			continue
		}
		break
	}
	if k < 0 {
		if (w == "downsized" || w == "downsize" || w == "downsizing") && s.actorIn(i+1, i+4, gazetteer.KindMilitary, gazetteer.KindMission) {
			s.addWithdrawal(i, i+1, "partial", false)
		}
		return
	}
	if (s.w(k) == "presence" || s.w(k) == "footprint" || s.w(k) == "operations" || s.w(k) == "operation" || s.w(k) == "mission") && s.anyIn(i+1, k+3, cueMilitaryTroop) < 0 && !s.actorIn(i-6, k+3, gazetteer.KindMilitary, gazetteer.KindMission) {
		return
	}
	s.addWithdrawal(i, i+1, "partial", false)
}

func (s *sent) endMission(i int) {
	w := s.w(i)
	if s.missionMandateEnded(i) {
		// "UNTAC's mandate ended in September 1993", "the mandate of
		// UNAMIR expired in March 1996": the mission's termination
		s.addWithdrawal(i, i+1, "completed", false)
		return
	}
	if w == "expired" || w == "lapsed" {
		return // (a truce that expired is told by the ceasefire rules)
	}
	if k := s.armedCampaignAfter(i + 1); k > 0 {
		// "the IRA formally orders an end to its armed campaign",
		// "announced the end of its armed campaign": an armed group
		// declaring it stops fighting
		s.ceasefireAt(i, k, false)
		return
	}
	if (w == "ended" || w == "ends" || w == "end") && s.operationEnded(i) {
		// "the Army's operation in Northern Ireland formally ended in
		// 2007", "Operation Banner ... comes to an end"
		s.addWithdrawal(i, i+1, "completed", false)
		return
	}
	lo := i + 1
	if s.w(lo) == "of" {
		lo++
	}
	k := s.anyFwd(lo, lo+4, cueMissionOperation)
	mission := s.actorIn(lo, lo+4, gazetteer.KindMission, gazetteer.KindMilitary)
	if k < 0 && !mission {
		// "Operation X ended", "the mission ended"
		if (w == "ended" || w == "terminated" || w == "concluded") && s.actorIn(i-4, i-1, gazetteer.KindMission, gazetteer.KindMilitary) {
			s.addWithdrawal(i, i+1, "completed", false)
		}
		return
	}
	if !mission {
		// "the end of the operation" right after a withdrawal was named
		// is that withdrawal's end
		if s.anyIn(lo, k, missionMods) < 0 && !(k >= 0 && s.toks[k].cap) && !s.actorIn(i-6, k+4, gazetteer.KindMission, gazetteer.KindMilitary) && !s.ctx.recentWithdraw {
			return
		}
		if s.w(k) == "mandate" && !s.actorIn(i-6, k+6, gazetteer.KindMission) {
			return
		}
	}
	s.addWithdrawal(i, i+1, partialOrCompleted(completedForms.has(w)), false)
}

// ---- talks ----

// priorPhrase returns the index of the "after" or "following" that names
// the trigger at ts as what came before the clause's event ("after talks",
// "after five days of talks", "following weeks of indirect negotiations",
// "after the ceasefire"), or -1.
func (s *sent) priorPhrase(ts int) int {
	for k := ts - 1; k >= 0 && k >= ts-5; k-- {
		t := s.toks[k]
		if t.kind == kPunct {
			return -1
		}
		switch t.w {
		case "after", "following":
			return k
		case "during", "in", "at", "with", "to", "and", "or", "that", "which", "on", "since", "by":
			return -1
		}
	}
	return -1
}

func (s *sent) addTalks(ts, te int, plural bool) {
	// "the U.S. position on dialogue", "views on talks": a stance, no event
	if p := s.w(ts - 1); (p == "on" || p == "toward" || p == "towards" || p == "about" || p == "regarding" || p == "to") && s.in(ts-2, stanceNouns) {
		return
	}
	s.add(cand{typ: model.TypeTalks, sub: s.talksSub(ts, te), ts: ts, te: te, plural: plural})
}

// talksSub reads from the words around a talks trigger whether talks were
// offered, started, mandated or held.
func (s *sent) talksSub(ts, te int) string {
	for k := ts - 1; k >= 0 && k >= ts-9; k-- {
		w := s.w(k)
		if s.hardBoundary(k) {
			break
		}
		switch {
		case s.in(k, mandateWords):
			return "mandate"
		case s.in(k, offerWords):
			if w == "open" && s.w(k+1) != "to" {
				return "start"
			}
			if w == "agreed" && s.w(k+1) != "to" {
				continue // "the truce was agreed at talks": what was agreed is another event
			}
			return "offer"
		case s.in(k, startWords):
			return "start"
		case s.in(k, heldWords):
			return "held"
		}
	}
	for k := te; k < len(s.toks) && k <= te+4; k++ {
		w := s.w(k)
		switch {
		case s.in(k, startWords):
			return "start"
		case w == "took" && s.w(k+1) == "place", w == "held", w == "occurred", w == "ended", w == "concluded":
			return "held"
		case w == "in" && k+1 < len(s.toks) && s.toks[k+1].cap:
			return "held"
		}
	}
	return ""
}

func (s *sent) talksNoun(i int) {
	w := s.w(i)
	start := i
	if w == "talks" || w == "talk" {
		if s.anyBack(i-1, i-4, lectureVerbs) >= 0 {
			return // "gave a series of talks on the conflict": lectures
		}
		if s.lectureAfter(i) {
			return // "a series of talks she gave at the university"
		}
		switch s.w(i - 1) {
		case "lunchtime", "keynote", "guest", "invited", "seminar", "plenary":
			return // "one of the lunchtime talks of the Mediation Seminar": lectures
		}
	}
	if w == "talks" {
		p := s.w(i - 1)
		if p == "he" || p == "she" || p == "it" || p == "who" || p == "small" {
			return
		}
		if p == "peace" || p == "ceasefire" || p == "truce" {
			start = i - 1
		}
		if s.anyIn(i-2, i-1, businessTalks) >= 0 {
			return // "merger talks", "pay talks": no conflict's talks
		}
	}
	if s.inOrgName(i) {
		return
	}
	s.addTalks(start, i+1, false)
}

func (s *sent) negotiateVerb(i int) {
	w := s.w(i)
	next := s.w(i + 1)
	if w == "negotiated" && (next == "settlement" || next == "solution" || next == "end" || next == "exit" || next == "peace" || next == "transition") {
		return // "a negotiated settlement": an outcome, not the talks
	}
	if w == "negotiated" && s.in(i-1, agreementNouns) {
		return // "the agreement negotiated by Carter": the accord's making, told by the accord
	}
	if w == "negotiating" && (next == "position" || next == "positions" || next == "power" || next == "strategy" || next == "skills" || next == "leverage" || next == "stance" || next == "tools" || next == "capacity" || next == "experience" || next == "partner" || next == "partners") {
		return
	}
	s.addTalks(i, i+1, false)
}

func (s *sent) conference(i int) {
	if s.in(i-1, mediaNouns) {
		return
	}
	if s.w(i) == "summit" {
		// a summit is talks when it joins the two sides of a conflict:
		// "the first inter-Korean summit", "a peace summit"
		if s.toks[i-1].hyph && s.w(i-2) == "inter" || s.in(i-1, conferenceMods) && s.w(i-1) != "national" {
			s.add(cand{typ: model.TypeTalks, sub: "held", ts: i - 1, te: i + 1})
		}
		return
	}
	if s.anyIn(i-2, i-1, conferenceMods) >= 0 {
		s.add(cand{typ: model.TypeTalks, sub: "held", ts: i - 1, te: i + 1})
		return
	}
	if s.toks[i].cap && (s.w(i+1) == "of" || s.w(i+1) == "on" || s.w(i+1) == "for") && i+2 < len(s.toks) && s.toks[i+2].cap {
		if s.anyIn(i+2, i+5, conferenceMods) >= 0 || s.anyIn(i+2, i+5, cuePeaceDialogue) >= 0 {
			s.add(cand{typ: model.TypeTalks, sub: "held", ts: i, te: i + 3})
		}
	}
}

func (s *sent) discussion(i int) {
	if s.w(i) == "consultations" {
		// "a week of UN-led consultations at a castle", "after a week of
		// consultations in Sweden" in a story of a peace process: talks;
		// a doctor's or a ministry's consultations are not
		if p := s.w(i - 1); s.toks[i-1].hyph && (p == "led" || p == "sponsored" || p == "brokered" || p == "mediated" || p == "facilitated") ||
			p == "peace" || s.ctx.peaceBefore && s.w(i+1) == "in" && s.w(i-1) == "of" {
			s.addTalks(i, i+1, false)
		}
		return
	}
	if (s.ctx.prevTalks || s.ctx.earlierTalks) && s.w(i) == "discussions" {
		switch s.w(i + 1) {
		case "began", "opened", "resumed", "started":
			s.addTalks(i, i+2, false) // "The discussions began in June of last year" in a story of talks
			return
		}
	}
	metFor := s.w(i-1) == "for" && (s.w(i-2) == "met" || s.w(i-2) == "meet" || s.w(i-2) == "meets" || s.w(i-2) == "gathered" || s.w(i-2) == "sat")
	if s.anyIn(i-2, i-1, discussionMods) >= 0 || s.anyIn(i-3, i-1, discussionVerbs) >= 0 || metFor {
		s.addTalks(i, i+1, false)
		return
	}
	if n := s.w(i + 1); n == "with" || n == "between" {
		if s.anyIn(i+2, i+6, partyWords) >= 0 || s.actorIn(i+2, i+6, gazetteer.KindArmedGroup, gazetteer.KindGovernment) {
			s.addTalks(i, i+1, false)
		}
	}
}

func (s *sent) talkVerb(i int) {
	prev := s.w(i - 1)
	next := s.w(i + 1)
	party := (talkNextOK.has(next) || next == "about") && (s.anyIn(i+2, i+7, partyWords) >= 0 || s.actorIn(i+2, i+7, gazetteer.KindArmedGroup, gazetteer.KindGovernment, gazetteer.KindPerson, gazetteer.KindCountry, gazetteer.KindOrganisation) || s.anyIn(i+2, i+4, cueEachUs) >= 0)
	offer := prev == "to" && s.anyIn(i-3, i-2, offerWords) >= 0
	modal := prev == "will" || prev == "would" || prev == "not" || prev == "to" || prev == "can" || prev == "could"
	end := i+1 >= len(s.toks) || s.toks[i+1].kind == kPunct
	if next == "of" || next == "show" || next == "radio" {
		return
	}
	if party && (modal || prev == "we" || prev == "they") || offer || modal && end {
		s.addTalks(i, i+1, false)
		return
	}
	if party && prev == "of" && s.w(i) == "talking" && s.in(i-2, offerNouns) {
		// "floated the idea of talking to the rebels", "an offer of
		// talking with the militia"
		s.add(cand{typ: model.TypeTalks, sub: "offer", ts: i - 2, te: i + 1})
	}
}

func (s *sent) engage(i int) {
	w := s.w(i)
	next := s.w(i + 1)
	switch w {
	case "engage", "speak":
		if next != "with" && next != "to" {
			return
		}
		if s.anyIn(i+2, i+2, cueDialogueTalks) >= 0 {
			return
		}
		if s.anyIn(i-3, i-1, offerWords) < 0 && s.anyBack(i-1, i-4, cueRefusedRefuse) < 0 {
			return
		}
		if s.anyIn(i+2, i+6, partyWords) < 0 && !s.actorIn(i+2, i+6, gazetteer.KindArmedGroup, gazetteer.KindGovernment, gazetteer.KindPerson) && s.anyIn(i+2, i+6, cueLeadersScholars) < 0 {
			return
		}
		s.addTalks(i, i+1, false)
	case "engagement":
		if next == "with" && (s.anyIn(i+2, i+6, cueMilitantsJihadists) >= 0 || s.actorIn(i+2, i+6, gazetteer.KindArmedGroup)) {
			s.addTalks(i, i+1, false)
		}
	case "sit":
		if sitNext.has(next) && s.w(i+2) == "with" || next == "at" && s.anyIn(i+2, i+4, cueTable) >= 0 {
			s.addTalks(i, i+2, false)
		}
	}
}

// mandate: "instructed the council to lead the mission" after a sentence
// about talks, or with a talks word in the sentence.
func (s *sent) mandate(i int) {
	k := s.anyFwd(i+1, i+10, cueTo)
	if k < 0 || !s.in(k+1, leadVerbs) {
		return
	}
	// a talks word after the verb is a trigger of its own
	for m := k + 2; m < len(s.toks) && m <= k+5; m++ {
		switch s.toks[m].head {
		case hTalks, hDialogue, hMediation, hDiscussion, hNegotiate:
			return
		}
	}
	if s.anyFwd(k+2, k+5, objectNouns) < 0 {
		return
	}
	if !s.ctx.prevTalks {
		return
	}
	s.add(cand{typ: model.TypeTalks, sub: "mandate", ts: i, te: i + 1})
}

// ---- factuality ----

// tookUntil reports whether the "until" at j measures how long something
// took: "it took the two sides until 1996 to sign", "took until March".
func (s *sent) tookUntil(j int) bool {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		switch s.w(k) {
		case "took", "take", "takes", "taken", "taking":
			return true
		}
		if s.toks[k].kind == kPunct {
			return false
		}
	}
	return false
}

// factuality reads from the trigger's clause whether the event is asserted,
// negated, hypothetical or demanded.
func (s *sent) factuality(c *cand) string {
	if !c.renewal && s.datedParticiple(c) {
		// "will review the ceasefire reached at the weekend": the noun
		// phrase tells an event dated in its own participle clause, which
		// the verb governing it does not make hypothetical
		return model.FactAsserted
	}
	inParen := s.toks[c.ts].paren
	steps := 0
	anyDet := false
	if g := s.w(c.ts - 1); ((g == "such" || g == "similar") && s.w(c.ts-2) != "of" || s.w(c.ts-2) == "such" || s.w(c.ts-2) == "similar") && !s.in(c.ts-2, ordinalWords) {
		return model.FactHypothetical // "such talks", "similar ceasefires": no particular event ("the last round of such talks" is one)
	}
	for j := c.ts - 1; j >= 0 && steps < 18; j-- {
		t := s.toks[j]
		if t.paren && !inParen {
			continue // a parenthesis does not govern the trigger
		}
		steps++
		if t.kind == kPunct {
			switch t.w {
			case ";", ":", "—", "–", "?", "!":
				j = -1
			case ",":
				// ", as that deployment begins, to withdraw": skip a
				// parenthetical clause to the verb that governs the trigger
				if k := s.parentheticalStart(j); k >= 0 {
					j = k
				}
			}
			continue
		}
		if t.cap && s.inName(j) {
			continue // "Support" in "Rapid Support Forces" is no demand
		}
		w := t.w
		if w == "and" && j < c.ts-2 && finiteAfterAnd(s.w(j+1)) {
			break // "would stop fighting and was ready for talks": the second verb is finite, out of the modal's reach
		}
		if w == "yet" {
			if s.w(j+1) == "to" {
				return model.FactNegated
			}
			continue
		}
		if w == "not" && (s.w(j+1) == "only" || s.w(j+1) == "just" || s.w(j+1) == "least") {
			continue
		}
		if w == "no" && (s.w(j+1) == "doubt" || s.w(j+1) == "sooner") {
			continue
		}
		if s.isMonthMay(j) {
			continue // the month
		}
		if c.typ == model.TypeCoup && c.sub == "attempt" && t.in(attemptNouns) {
			continue // "an attempt to seize power" is the attempted coup itself
		}
		if c.typ != model.TypeTalks && t.in(wishWords) {
			return model.FactHypothetical // "leaders' desire to withdraw troops"
		}
		if w == "any" {
			anyDet = true // "rejected any dialogue": keep looking for a negation
			continue
		}
		if t.in(scheduleWords) && (s.w(j+1) == "to" || s.w(j+1) == "for") {
			return model.FactHypothetical // "are due to resume talks"
		}
		if w == "committed" && s.w(c.ts-1) == "to" {
			return model.FactHypothetical // "both camps committed to exchange detainees"
		}
		if w == "to" && j == c.ts-1 && c.typ == model.TypePrisonerSwap && agreeVerb(s.w(j-1)) {
			return model.FactHypothetical // "the two sides agreed to exchange prisoners": not yet done
		}
		if w == "out" && (s.w(j-1) == "rule" || s.w(j-1) == "ruled" || s.w(j-1) == "rules" || s.w(j-1) == "ruling") && c.ts <= j+4 {
			// "declined to rule out a coup": possible; "ruled out a truce": refused
			for k := j - 2; k >= 0 && k >= j-5; k-- {
				if s.toks[k].marker == mNeg || s.w(k) == "declined" || s.w(k) == "declines" || s.w(k) == "decline" || s.w(k) == "wouldn't" || s.w(k) == "won't" {
					return model.FactHypothetical
				}
			}
			return model.FactNegated
		}
		if w == "deadline" && s.w(j+1) == "for" && c.ts <= j+6 {
			return model.FactDemanded // "the deadline for Israel's withdrawal has passed": a term set, not a deed
		}
		if w == "to" && (j == c.ts-1 || c.typ == model.TypePrisonerSwap && s.in(j+1, releaseWords)) {
			// ("Hamas is to free 50 hostages ... in return for 150
			// prisoners": the release, and so the swap, is due)
			switch s.w(j - 1) {
			case "was", "were", "is", "are", "am":
				// "forces were to leave": what was arranged or due, like
				// "would"; announced when reported
				if s.reportedBefore(j - 1) {
					c.announced = true
					return s.rightConditional(c)
				}
				return model.FactHypothetical
			}
		}
		if (w == "and" || w == "but") && j > 0 && s.w(j-1) == "," {
			if s.w(j+1) != "that" {
				break // ", and heavy fighting resumed": a clause of its own
			}
			// "demand that X withdraw ..., and that Y leave": the second
			// complement shares the verb of the first; go to its "that"
			for k := j - 2; k >= 0 && k >= j-30; k-- {
				if s.w(k) == "that" {
					j, steps = k, 0
					break
				}
			}
			continue
		}
		if c.typ == model.TypeTalks && t.in(suspendWords) {
			continue // suspended talks had been held
		}
		m := t.marker
		if c.typ == model.TypeWithdrawal && t.in(decideVerbs) {
			// "the Politburo resolved on 13 November 1986 to bring the
			// troops home", "voted to end the mission": a decision is
			// an announced withdrawal
			c.announced = true
			return s.rightConditional(c)
		}
		if m == mHypo && (w == "attempt" || w == "attempts") && s.w(j+1) != "to" && s.w(j+1) != "at" {
			m = 0 // "compared the attempt with the ouster of X": no attempt at the event
		}
		if (w == "when" || w == "once" || w == "until") && s.presentVerb(c.ts) && s.willBefore(j) {
			// "Ukraine will only believe it when Russian troops leave":
			// a present verb under a future main clause has not happened
			return model.FactHypothetical
		}
		if w == "had" && j == c.ts-2 && isDeterminer(s.w(j+1)) && pastVerb(s.w(c.te)) {
			return model.FactHypothetical // "had the coup succeeded": a condition, inverted
		}
		if w == "though" && s.w(j-1) == "as" {
			return model.FactHypothetical // "behaves as though the coup had succeeded"
		}
		if c.typ == model.TypeCoup && (w == "plotting" || w == "plotted" || w == "plot" || w == "plots") && c.ts <= j+3 && c.ts > j && s.anyBack(j-1, j-3, accusedWords) >= 0 {
			return model.FactHypothetical // "accused of plotting a coup": an alleged plan, no attempt
		}
		if m == mDem && w == "calls" && isDeterminer(s.w(j+1)) && c.ts <= j+3 {
			m = 0 // "the group calls a ceasefire": it declares one
		}
		if m == mNeg && stopVerbs.has(w) && c.ts > j+4 {
			m = 0 // "suspended the constitution in his 'self-coup'": what was suspended is not the event
		}
		if m == mCond && w == "once" && !s.conditionalOnce(j) {
			m = 0 // "renewed more than once", "at once", "once again": no condition
		}
		if m == mCond && w == "until" && s.tookUntil(j) {
			m = 0 // "it took them until December 1996 to sign the accord": they signed it then
		}
		if m == mNeg && w == "failed" && s.w(j+1) != "to" {
			m = 0 // "the failed attempt", "failed talks": what failed happened
		}
		if m == mNeg && (w == "dismissed" || w == "dismisses") && (s.headOfStateAt(j+1) || j+1 < len(s.toks) && s.toks[j+1].cap) {
			m = 0 // "dismissed Prime Minister X": a person sacked, no negation
		}
		switch m {
		case mNeg:
			if s.factiveDenied(j) {
				continue // "nobody has forgotten the army's overthrow of the president": it happened
			}
			if (w == "not" || w == "never") && s.untilAfter(c) {
				// "would not pull out until those forces were in place": a
				// condition, not a refusal
				return model.FactHypothetical
			}
			if s.yearNamed(c) {
				// "did not sign the 2016 peace agreement": the accord a
				// year names exists; the negation is about the subject
				return model.FactAsserted
			}
			return model.FactNegated
		case mDem:
			if (w == "need" || w == "needs") && s.w(j+1) != "to" && s.w(j+1) != "for" {
				continue
			}
			if c.typ == model.TypeWithdrawal && (w == "required" || w == "requires" || w == "require") && s.anyBack(j-1, j-4, agreementNouns) >= 0 {
				// "the agreement required the units to leave Kosovo within
				// 11 days": a withdrawal set by a signed accord, announced
				c.announced = true
				return model.FactAsserted
			}
			if s.yearNamed(c) {
				// "demand that Armenia withdraw from the Nov 10 deal": the
				// deal a date names exists; the demand is about leaving it
				return model.FactAsserted
			}
			if (w == "support" || w == "supported" || w == "supports" || w == "supporting") && c.typ != model.TypeTalks && c.typ != model.TypeCeasefire {
				continue
			}
			return model.FactDemanded
		case mDemFor:
			n := s.w(j + 1)
			if n == "for" || n == "on" || n == "upon" {
				return model.FactDemanded
			}
			// "called the government to engage in dialogue"
			if k := s.anyFwd(j+2, j+5, cueTo); k >= 0 && k < c.ts && (w == "call" || w == "called" || w == "calling" || w == "pressed" || w == "pushed") {
				return model.FactDemanded
			}
		case mHypo, mCond:
			if s.yearNamed(c) {
				return model.FactAsserted // "few expect the Nov 10 deal to survive": the deal exists
			}
			return model.FactHypothetical
		case mPlan:
			if p := s.w(j - 1); p == "no" || p == "not" {
				return model.FactNegated // "had no plans to withdraw"
			}
			if s.w(j-1) == "any" {
				// "had not been told of any plan to withdraw"
				for k := j - 2; k >= 0 && k >= j-6; k-- {
					if s.toks[k].marker == mNeg {
						return model.FactNegated
					}
					if s.hardBoundary(k) || s.w(k) == "," {
						break
					}
				}
			}
			if c.typ == model.TypeWithdrawal {
				c.announced = true
				return s.rightConditional(c)
			}
			return model.FactHypothetical
		case mModal:
			if w == "going" && s.w(j+1) != "to" {
				continue
			}
			// a reported "would" announces a withdrawal, and for talks it
			// makes an offer only with a word of willingness ("said he
			// would be ready to talk"); "said it would send a team for
			// talks" is a plan
			if s.reportedBefore(j) && (c.typ != model.TypeTalks || s.anyFwd(j+1, j+4, offerWords) >= 0 || s.anyFwd(j+1, j+4, exploreWords) >= 0) {
				c.announced = true
				return s.rightConditional(c)
			}
			if c.typ == model.TypeWithdrawal && (w == "will" || w == "would") && j == c.ts-1 && s.reportedAfter() {
				// "The US will withdraw its troops by September, the
				// Pentagon said": an announced withdrawal
				c.announced = true
				return s.rightConditional(c)
			}
			return model.FactHypothetical
		case mReport:
			// "if Kyiv agreed to talks": a report inside a condition
			for k := j - 1; k >= 0 && k >= j-4; k-- {
				if cw := s.w(k); cw == "if" || cw == "unless" || cw == "whether" {
					return model.FactHypothetical
				}
				if s.hardBoundary(k) || s.w(k) == "," {
					break
				}
			}
			if t.in(announceVerbs) {
				c.announced = c.announced || w == "announced" || w == "decided" || w == "ordered" || w == "declared" || w == "announcing" || w == "announcement" ||
					w == "pledged" || w == "promised" || w == "vowed"
			}
			// a report keeps the modality of what it reports: "analysts say
			// a deal could be signed" is hypothetical; "said the withdrawal
			// would begin in May" announces a withdrawal
			if f, future := s.markersAfter(c); f != "" && !(future && c.typ == model.TypeWithdrawal) {
				return f
			} else if future {
				c.announced = true
			}
			return s.rightConditional(c)
		}
		// a relative pronoun right before a verb trigger opens a clause of
		// its own: "a pull-out demanded by the junta that seized power"
		relVerb := j == c.ts-1 && (w == "which" || w == "who" || w == "that") && pastVerb(s.w(c.ts))
		if t.in(clauseWords) && (j < c.ts-1 || relVerb) && (w != "as" || j == 0 || s.w(j-1) == ",") {
			break
		}
		if w == "that" && (j < c.ts-1 || relVerb) && s.marker(j-1) == mNone && !s.in(j-1, complementVerbs) && !(s.w(j-1) == "and" && s.w(j-2) == ",") {
			break // a relative clause: "the negotiations that led to the accord"
		}
	}
	// markers after the trigger: "talks should begin", "the truce did not hold"
	if f, _ := s.markersAfter(c); f != "" {
		return f
	}
	if s.subjectDenied(c) {
		return model.FactNegated
	}
	if f := s.rightConditional(c); f != model.FactAsserted {
		return f
	}
	if anyDet {
		return model.FactHypothetical
	}
	if n := len(s.toks); n > 0 && s.toks[n-1].w == "?" || n > 1 && s.toks[n-1].kind == kPunct && s.toks[n-2].w == "?" {
		return model.FactHypothetical
	}
	return model.FactAsserted
}

// markersAfter reads the factuality markers that follow the trigger in its
// clause: "talks should begin", "the truce did not hold", "a deal could be
// signed". It returns "" when there is none, and whether the marker is the
// future "would", "will" or "shall", which a report of an official decision
// turns into an announcement.
func (s *sent) markersAfter(c *cand) (string, bool) {
	// "the dialogue that is due to open on 20 August": a relative clause
	// that schedules the event itself
	if r := s.w(c.te); r == "that" || r == "which" {
		switch s.w(c.te + 1) {
		case "is", "are", "was", "were":
			if s.in(c.te+2, scheduleWords) && s.w(c.te+3) == "to" && !s.purposeOf(c.te+2) {
				return model.FactHypothetical, false
			}
		}
	}
	lim := c.te + 8
	for j := c.te; j < len(s.toks) && j <= lim; j++ {
		t := s.toks[j]
		if s.hardBoundary(j) || t.w == "," || t.in(clauseWords) || t.w == "that" {
			break
		}
		if t.w == "between" && lim < c.te+16 {
			lim += 6 // "the exchange of 900 detainees between the government and the rebels will begin"
		}
		if s.newPredicate(j) {
			break // "agreed to swap prisoners and said they would talk"
		}
		if t.w == "off" && s.w(j+1) == "the" && s.w(j+2) == "table" {
			return model.FactNegated, false
		}
		if t.w == "“" || t.w == "\"" {
			break
		}
		if t.cap && s.inName(j) {
			continue
		}
		if isDeterminer(s.w(j-1)) || s.isMonthMay(j) {
			continue // "the will of the people": a noun; "on 6 May": the month
		}
		if (t.w == "need" || t.w == "needs") && s.w(j+1) == "to" {
			return model.FactDemanded, false
		}
		if (t.w == "is" || t.w == "are") && s.w(j+1) == "to" && j+2 < len(s.toks) && s.toks[j+2].kind == kWord && s.w(j+2) != "blame" {
			return model.FactHypothetical, true // "talks are to begin in Cairo": scheduled
		}
		switch t.w {
		case "would", "will", "shall":
			return model.FactHypothetical, true
		case "could", "might", "may", "can":
			return model.FactHypothetical, false
		case "should", "must":
			return model.FactDemanded, false
		case "expected", "likely", "unlikely", "set", "due", "scheduled", "planned", "slated", "poised", "going", "supposed", "meant", "hoped":
			if s.w(j+1) == "to" {
				return model.FactHypothetical, false
			}
			if b := s.w(j - 1); (t.w == "expected" || t.w == "likely" || t.w == "planned" || t.w == "scheduled" || t.w == "due") && (b == "is" || b == "are" || b == "was" || b == "were") {
				return model.FactHypothetical, false // "another round of talks is expected after Eid"
			}
		case "not", "never", "cannot":
			if s.w(j+1) == "be" && (s.w(j+2) == "ruled" || s.w(j+2) == "excluded") {
				return model.FactHypothetical, false // "cannot be ruled out"
			}
			if s.failedToEndure(j) {
				return "", false // "the truce did not hold": it existed, then failed
			}
			return model.FactNegated, false
		case "no":
			if s.w(j+1) == "means" || s.w(j+1) == "longer" {
				return model.FactNegated, false
			}
		case "yet":
			if s.w(j+1) == "to" {
				return model.FactNegated, false
			}
		case "failed":
			if s.failedToEndure(j) {
				return "", false // "the accord failed to hold"
			}
			return model.FactNegated, false
		}
	}
	return "", false
}

// factiveDenied reports whether the negation at j denies a verb of
// forgetting or doubting, whose object is taken as true: "nobody has
// forgotten the coup", "no one doubts the truce was signed".
func (s *sent) factiveDenied(j int) bool {
	for k := j + 1; k < len(s.toks) && k <= j+3; k++ {
		switch s.w(k) {
		case "forgotten", "forget", "forgets", "forgot", "doubt", "doubts", "doubted":
			return true
		case "has", "have", "had", "will", "would", "can", "could", "ever", "really", "yet", "one":
		default:
			return false
		}
	}
	return false
}

// separationAfter reports whether the clause after an agreement noun
// ending at te tells it separates the forces: "a memorandum creating four
// de-escalation zones", "which created a demilitarised buffer".
func (s *sent) separationAfter(te int) bool {
	for k := te; k < len(s.toks) && k <= te+14; k++ {
		if s.hardBoundary(k) {
			return false
		}
		switch s.w(k) {
		case "de-escalation", "demilitarised", "demilitarized", "buffer":
			return true
		case "escalation":
			if s.w(k-1) == "de" || s.toks[k].hyph {
				return true // "de-escalation", written as two tokens
			}
		}
	}
	return false
}

// agreeVerb reports whether w is a form of agreeing: "agreed to exchange".
func agreeVerb(w string) bool {
	switch w {
	case "agreed", "agree", "agrees", "agreeing":
		return true
	}
	return false
}

// pauseAgreed reports whether the pause at i is one the parties agreed
// or declared, not a lull: it is set for a time ("the four-day pause in
// fighting") or agreed, announced or brokered around it.
func (s *sent) pauseAgreed(i int) bool {
	if p := s.w(i - 1); (strings.HasSuffix(p, "day") || strings.HasSuffix(p, "hour") || strings.HasSuffix(p, "week")) && (s.toks[i-1].hyph || s.w(i-2) == "-") {
		return true
	}
	for k := max(i-6, 0); k < len(s.toks) && k <= i+12; k++ {
		switch w := s.w(k); {
		case s.in(k, agreedWords), w == "announced", w == "declared", w == "brokered", w == "deal", w == "agreement":
			return true
		}
	}
	return false
}

// enduranceVerbs say that an agreement or truce lasted; denied ("did not
// hold", "never lasted", "failed to survive") they tell its collapse, not
// its absence.
var enduranceVerbs = set("hold", "held", "last", "lasted", "survive", "survived", "endure", "endured")

// implementVerbs say that an agreement or truce was carried out; denied
// ("was never implemented", "was not respected") they tell that it was
// not kept, not that it was never made.
var implementVerbs = set("implemented", "implement", "honoured", "honored", "honour", "honor", "respected", "respect",
	"enforced", "enforce", "applied")

// failedToEndure reports whether the negation or "failed" at j denies only
// that the event lasted or was kept: "the truce did not hold", "the 1994
// accord never lasted long", "the ceasefire failed to survive", "the
// charter was never implemented".
func (s *sent) failedToEndure(j int) bool {
	k := j + 1
	if s.w(j) == "failed" {
		if s.w(k) != "to" {
			return false
		}
		k++
	}
	if s.w(k) == "really" || s.w(k) == "even" {
		k++
	}
	if s.in(k, implementVerbs) || s.w(k) == "put" && s.w(k+1) == "into" {
		return true // "the accord was never implemented (put into practice)"
	}
	if !s.in(k, enduranceVerbs) {
		return false
	}
	if v := s.w(k); v != "hold" && v != "held" {
		return true // "did not last the week", "failed to survive the summer"
	}
	// "did not hold talks", "never held a ceasefire": held is transitive
	// there, and the negation denies the event
	switch n := s.w(k + 1); {
	case n == "" || n == "." || n == "," || n == ";" || n == "long" || n == "either" || n == "for" || n == "beyond" || n == "past" || n == "more" || n == "and" || n == "but" || n == "in" || n == "into" || n == "through" || n == "even":
		return true
	}
	return false
}

// purposeOf reports whether "meant to" or "supposed to" at k tells what
// the event was for rather than when it was due: "the accords that were
// meant to end the war" were signed; "the truce that was meant to begin
// on Monday" is still to come.
func (s *sent) purposeOf(k int) bool {
	if w := s.w(k); w != "meant" && w != "supposed" {
		return false
	}
	switch s.w(k + 2) {
	case "begin", "start", "open", "take", "come", "enter", "resume", "go", "be":
		return false
	}
	return s.w(k-1) == "was" || s.w(k-1) == "were" // (a present "is meant to" may still be to come)
}

// subjectDenied reports whether a trigger that opens the sentence (its
// subject) is denied by the sentence's main verb after a relative clause:
// "Talks that had been scheduled for Monday did not take place", "The
// exchange planned for May was cancelled".
func (s *sent) subjectDenied(c *cand) bool {
	if c.ts > 3 {
		return false
	}
	for j := c.te; j < len(s.toks); j++ {
		if s.hardBoundary(j) {
			return false
		}
		switch w := s.w(j); w {
		case "not", "never":
			for k := j + 1; k <= j+2 && k < len(s.toks); k++ {
				if happenWords.has(s.w(k)) {
					return true
				}
			}
		case "cancelled", "canceled", "scrapped", "aborted":
			if p := s.w(j - 1); p == "was" || p == "were" || p == "been" {
				return true
			}
		}
	}
	return false
}

// offerBefore reports whether a word of willingness ("ready", "willing",
// "open") stands shortly before the talks trigger at ts, in its clause.
func (s *sent) offerBefore(ts int) bool {
	for k := ts - 1; k >= 0 && k >= ts-5; k-- {
		if s.hardBoundary(k) || s.w(k) == "," {
			return false
		}
		switch s.w(k) {
		case "ready", "willing", "open", "prepared":
			return true
		}
	}
	return false
}

// inRelativeClause reports whether token i lies in a relative clause set
// off by a comma ("X, who has been held since the putsch, ...").
func (s *sent) inRelativeClause(i int) bool {
	for k := i - 1; k > 0; k-- {
		if s.toks[k].kind == kPunct {
			return false
		}
		if w := s.w(k); (w == "who" || w == "which") && s.w(k-1) == "," {
			return true
		}
	}
	return false
}

// newPredicate reports whether token j is a coordinator that opens a new
// predicate: "and"/"but"/"or" before a reporting verb, a subject pronoun
// or a verb in the past ("... and said they would", "... but it failed").
func (s *sent) newPredicate(j int) bool {
	switch s.w(j) {
	case "and", "but", "or":
	default:
		return false
	}
	n := s.w(j + 1)
	switch n {
	case "they", "he", "she", "it", "we", "i", "you":
		return true
	}
	return j+1 < len(s.toks) && (s.marker(j+1) == mReport || pastVerb(n))
}

// isMonthMay reports whether token j is the month May rather than the modal.
func (s *sent) isMonthMay(j int) bool {
	t := s.toks[j]
	if t.w != "may" {
		return false
	}
	if j+1 < len(s.toks) && s.toks[j+1].kind == kNum || j > 0 && s.toks[j-1].kind == kNum {
		return true
	}
	return t.cap && j > 0
}

// reportedBefore reports whether a reporting verb governs the modal at j
// ("said it would withdraw") with no subordinator between them ("says ...
// before it will talk").
func (s *sent) reportedBefore(j int) bool {
	for k := j - 1; k >= 0 && k >= j-8; k-- {
		w := s.w(k)
		if s.hardBoundary(k) && s.w(k) != ":" {
			return false
		}
		if s.in(k, condSubs) || w == "if" {
			return false
		}
		if s.marker(k) == mReport {
			return true
		}
	}
	return false
}

// reportedAfter reports whether the sentence ends with an attribution
// after a comma: "..., the Pentagon said on Friday", "..., officials told
// reporters".
func (s *sent) reportedAfter() bool {
	last := -1
	for k := len(s.toks) - 1; k >= 0; k-- {
		if s.w(k) == "," {
			last = k
			break
		}
	}
	if last < 0 || len(s.toks)-last > 12 {
		return false
	}
	for k := last + 1; k < len(s.toks) && k <= last+6; k++ {
		switch s.w(k) {
		case "said", "says", "announced", "told", "stated", "confirmed":
			return true
		case "if", "unless", "but", "although", "though":
			return false
		}
	}
	return false
}

// rightConditional: "France said it would withdraw its troops if ...".
func (s *sent) rightConditional(c *cand) string {
	if c.typ == model.TypeTalks && s.offerBefore(c.ts) {
		// "said it was ready to return to talks if ...": the offer was
		// made; "would be prepared to hold talks only if ...": a
		// conditional readiness, no offer
		k := s.anyBack(c.ts-1, c.ts-4, offerWords)
		if !(k >= 2 && s.w(k-1) == "be" && (s.w(k-2) == "would" || s.w(k-2) == "could")) {
			return model.FactAsserted
		}
	}
	rel := s.inRelativeClause(c.ts)
	for j := c.te; j < len(s.toks) && j <= c.te+12; j++ {
		w := s.w(j)
		if s.hardBoundary(j) || rel && w == "," {
			break // "Bongo, who has been held since the putsch, may travel if he wishes"
		}
		if w == "," && (s.w(j+1) == "having" || s.w(j+1) == "after" || s.w(j+1) == "but" || s.w(j+1) == "although" || s.w(j+1) == "though") {
			break // "would withdraw them, having threatened to pull out if ...": another clause's condition
		}
		if w == "if" || w == "unless" || w == "provided" || w == "once" && j > c.te && s.conditionalOnce(j) ||
			w == "soon" && s.w(j-1) == "as" && s.w(j+1) == "as" {
			// "would withdraw as soon as order was restored", "once the
			// army is ready": a condition
			return model.FactHypothetical
		}
	}
	return model.FactAsserted
}

// conditionalOnce reports whether "once" at j opens a condition ("once
// the army is ready"), not a count, an adverb or a time: "more than
// once", "at once", "once again", "the once-powerful", "once the last
// troops had left".
func (s *sent) conditionalOnce(j int) bool {
	if s.w(j-1) == "than" || s.w(j-1) == "at" || s.w(j+1) == "again" || s.w(j+1) == "more" || s.toks[j].hyph ||
		j+1 < len(s.toks) && s.toks[j+1].hyph {
		return false
	}
	// "once gas and electricity had been restored": a past perfect tells
	// when, in a narrative of the past
	for k := j + 1; k < len(s.toks) && k <= j+6; k++ {
		if s.w(k) == "had" {
			return false
		}
		if s.hardBoundary(k) || s.w(k) == "," {
			break
		}
	}
	return true
}

// Small cue sets used by the detectors.
var (
	cueOutBack    = set("out", "back")
	businessTalks = set("merger", "takeover", "trade", "tariff", "budget", "contract", "pay", "wage", "wages", "salary", "pension",
		"climate", "coalition", "licensing", "sponsorship", "transfer", "bailout", "debt", "loan", "price", "pricing", "union",
		"labour", "labor", "investment", "commercial", "business", "franchise", "broadcasting", "stadium")
	cueTerms         = set("terms")
	cueSince         = set("since")
	swapDealVerbs    = set("agreed", "reached", "signed", "approved", "endorsed", "ratified", "struck", "finalised", "finalized", "sealed")
	unarmedTruceMods = set("political", "parliamentary", "electoral", "trade", "tariff", "media", "budget", "legislative", "partisan", "commercial", "price", "pricing")
	seatNouns        = set("broadcaster", "television", "radio", "palace", "parliament", "presidency", "congress", "assembly", "legislature", "senate")
	detainVerbs      = set("detained", "arrested", "captured", "abducted", "seized")
	stormVerbs       = set("stormed", "storming", "storm", "storms", "surrounded", "surrounding", "burst", "bursts")
	figurativeCoup   = set("diplomatic", "relations", "pr", "propaganda", "publicity", "media", "marketing", "intelligence", "commercial", "electoral", "boardroom", "editorial", "legal", "public",
		"publishing", "business", "personal", "political", "sporting", "transfer", "fashion", "literary")
	cueTheyHe   = set("they", "he", "she", "it")
	cueAnd      = set("and")
	personNouns = set("soldier", "soldiers", "citizen", "citizens", "nationals", "national", "civilians", "journalist", "journalists", "nephews", "nephew", "relatives", "fighters", "officers", "agents", "americans", "israelis", "palestinians", "russians", "ukrainians", "women", "children", "teenagers", "men",
		"conscripts", "servicemen", "sailors", "pilots", "spies", "dissidents", "activists", "agent", "spy", "asset", "contractor", "reporter", "marine",
		"businessman", "businessmen", "businesswoman", "diplomat", "diplomats", "tourist", "tourists", "student", "students", "engineer", "engineers",
		"officer", "pilot", "colonel", "sergeant", "corporal", "lieutenant", "missionary", "missionaries", "priest", "priests", "doctor", "doctors", "nurse", "nurses")
	warNouns          = set("war", "wars", "fighting", "conflict", "hostilities", "siege", "violence", "clashes", "offensive", "insurgency")
	attemptNouns      = set("attempt", "attempts", "attempted", "bid", "tried")
	ordinalWords      = set("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "latest", "last", "final", "next")
	cueBy             = set("by")
	controlVerbs      = set("taking", "took", "take", "takes", "taken", "seized", "seizing", "seize", "assumed", "assuming", "assume", "grabbed", "seizes")
	stateNouns        = set("country", "state", "government", "nation", "palace", "capital")
	governmentNouns   = set("government", "cabinet", "administration", "presidency", "premier", "regime", "power")
	insiderTitles     = set("king", "queen", "monarch", "emperor", "sultan", "emir")
	brokerWords       = set("brokered", "mediated", "backed", "sponsored", "led", "drafted")
	responseVerbs     = set("welcomed", "welcoming", "welcomes", "accepted", "accepting", "accepts", "embraced", "endorsed")
	offerNouns        = set("offer", "decision", "proposal", "initiative", "overture", "overtures", "invitation", "idea", "move", "gesture")
	extendVerbs       = set("extend", "extended", "extending", "renew", "renewed", "renewing", "prolong", "prolonged")
	adverbsBeforeVerb = set("then", "finally", "eventually", "quickly", "formally", "officially", "only", "also", "later", "soon")
	cueHome           = set("home")
	advanceNouns      = set("advance", "offensive", "bombing", "bombardment", "operations", "assault")
	insiderGov        = set("government", "cabinet", "hardliners", "hardline", "ministers", "politburo", "regime")
	postPassWords     = set("table", "diplomacy", "home", "wound", "winding", "winds", "freeze", "mandate",
		"uprising", "rebellion", "revolt", "rebelled", "revolted")
	cueBack                = set("back")
	weaponNouns            = set("weapons", "arms", "guns", "rifles", "weapon")
	stopVerbs              = set("suspended", "halted", "cancelled", "canceled", "postponed", "stalled", "called-off")
	nonTalksAfterTable     = set("discussion", "debate", "lecture", "format")
	cueLast                = set("last")
	cueTwoBoth             = set("two", "both")
	accusedWords           = set("accused", "suspected", "charged", "alleged", "allegedly", "convicted")
	cueFor                 = set("for")
	decideVerbs            = set("decided", "decides", "resolved", "resolves", "voted", "votes", "ordered", "orders")
	remainsNouns           = set("bodies", "body", "remains", "coffins", "coffin", "ashes")
	verbLeaders            = set("to", "will", "would", "must", "not", "could", "should", "may", "might", "can", "did")
	territoryNouns         = set("country", "countries", "town", "towns", "city", "cities", "village", "villages", "region", "regions", "province", "provinces", "district", "districts", "territory", "territories", "area", "areas", "enclave", "port", "island", "bridgehead")
	exploreWords           = set("explore", "consider")
	lectureVerbs           = set("gave", "give", "gives", "giving", "delivered", "deliver", "delivers", "delivering")
	happenWords            = set("take", "took", "taken", "happen", "happened", "held", "materialise", "materialize", "materialised", "materialized", "occur", "occurred", "go", "went", "proceed", "proceeded")
	suspendWords           = set("suspended", "suspend", "suspends", "suspending", "halted", "paused", "adjourned")
	cueFundsReserves       = set("funds", "reserves", "stocks", "oil", "credit", "loan", "loans")
	cueCommandHeadquarters = set("command", "headquarters", "troops", "forces", "mission", "soldiers", "base", "contingent", "peacekeepers")
	cueTroopsForces        = set("troops", "forces", "soldiers", "contingent", "headquarters", "command")
	cueRebelRebels         = set("rebel", "rebels", "insurgent", "insurgents", "militants", "jihadists", "jihadist", "militia", "guerrilla", "guerrillas", "separatists", "separatist",
		"mujahideen", "maoists", "maoist", "paramilitaries", "paramilitary")
	cueBetweenWith           = set("between", "with")
	cueWith                  = set("with")
	cueJihadistsMilitants    = set("jihadists", "militants", "insurgents", "ideologues", "rebels")
	cueFailedCollapsed       = set("failed", "collapsed", "foiled", "thwarted")
	cueCoupPutsch            = set("coup", "putsch", "junta", "military", "army", "soldiers", "officers", "mutineers", "putschists")
	cueTriedAttempted        = set("tried", "attempted", "sought", "plotted", "attempting", "trying")
	cueCoupPutsch2           = set("coup", "putsch")
	cueProposedDraft         = set("proposed", "draft", "possible", "potential")
	cueCeasefireTruce        = set("ceasefire", "truce", "ceasefires", "truces")
	cueBetween               = set("between")
	cueFromOf                = set("from", "of")
	cueFrom                  = set("from")
	cueMilitaryArmy          = set("military", "army")
	cueOver                  = set("over")
	cueControlResponsibility = set("control", "responsibility", "security")
	cueMilitaryTroop         = set("military", "troop", "troops", "army", "peacekeeping", "armed")
	cueMissionOperation      = set("mission", "operation", "operations", "deployment", "mandate", "presence")
	cuePeaceDialogue         = set("peace", "dialogue", "reconciliation", "entente", "concord")
	cueEachUs                = set("each", "us", "them", "you")
	cueDialogueTalks         = set("dialogue", "talks", "negotiations")
	cueRefusedRefuse         = set("refused", "refuse", "not", "never", "should", "must", "could", "would", "will", "rejected")
	cueLeadersScholars       = set("leaders", "scholars", "jihadists", "militants")
	cueMilitantsJihadists    = set("militants", "jihadists", "insurgents", "rebels", "taliban", "group", "junta")
	cueTable                 = set("table")
	cueTo                    = set("to")
	cueCompleted             = set("completed", "complete", "completes", "completing", "finished", "concluded", "finalised", "finalized")
)
