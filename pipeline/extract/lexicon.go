package extract

// Word lists of general English used by the detectors. They hold trigger
// heads, sense cues and factuality markers; nothing here names a particular
// country, conflict or document.

// weakHeads are common words that are triggers only next to armed forces
// or armed groups ("the troops left", "met rebel leaders"): a sentence with
// no other trigger word and no such cue is skipped.
var weakHeads = set("left", "leave", "leaves", "leaving", "exit", "exited", "exiting", "evacuated", "vacated", "gone",
	"end", "ended", "ending", "concluded", "termination", "terminate", "terminated", "expired", "lapsed", "cut", "cuts", "close", "closed",
	"closes", "closing", "closure", "shut", "dismantled", "power", "hand", "hands", "handed", "handing", "handover",
	"met", "meeting", "meetings", "return", "draw", "drew", "drawn",
	"scale", "scaled", "shrink", "shrank", "reduce", "reduced", "reducing", "reduction", "slash", "slashed",
	"halve", "halved", "resumed", "resume", "resumes", "erupted", "flared", "reignited", "broke", "fell",
	"collapse", "collapsed", "collapses", "unravelled", "unraveled", "debate", "debates", "removed", "pull",
	"pulled", "pulling", "pulls", "appointed", "charged", "relocate",
	"relocated", "relocation", "depart", "departed", "departing", "discussion", "discussions",
	"pause", "pauses",
	"cessation", "aggression", "oust", "halt", "stop",
	"ousts", "overthrow", "depose", "deposing", "unseated", "downsize", "downsized", "downsizing",
	"freed", "released", "control", "out", "broadcaster", "television", "palace", "contacts", "stormed", "storming", "surrounded", "detained", "arrested",
	"sign", "signs", "signed", "signing", "forced", "forcing", "took", "taken",
	"rolled", "moved", "marched", "streamed", "trundled", "drove", "abandoned", "abandon", "abandons", "abandoning",
	"redeployed", "crossed", "disengaged", "ceased", "spoke", "speak", "speaks", "held", "suspended",
	"surrendered", "surrenders", "surrender", "diplomacy", "burst",
	"flew", "flown", "sailed", "wound", "winding", "freeze", "gave", "home", "ordering", "ordered", "orders", "sent", "sending", "sends",
	"brought", "bring", "bringing", "brings", "table", "halted", "halts", "halting", "mandate",
	"uprising", "rebellion", "revolt", "rebelled", "revolted")

// strongCues are words that let a sentence with only weak heads through.
var strongCues = set("rebel", "rebels", "junta", "coup", "base", "bases", "camp", "camps", "outpost", "outposts",
	"garrison", "barracks", "airbase", "peace", "hostilities", "fighting", "prisoners", "hostages", "detainees",
	"captives", "prisoner", "hostage", "militants", "jihadists", "insurgents", "truce", "ceasefire", "mutineers",
	"military", "army", "troops", "forces", "soldiers", "mediated", "negotiators", "humanitarian",
	"town", "towns", "village", "villages", "enclave", "district", "districts", "sides", "delegations", "delegates", "envoys",
	"city", "cities", "capital", "zone", "zones", "province", "region", "territory", "island", "regiments", "regiment",
	"units", "columns", "convoys", "contingent", "contingents", "defence", "defense", "sat", "sit", "seat", "negotiating",
	"minister", "ministers", "mujahideen", "maoists", "guerrillas", "paramilitaries", "phone", "telephone", "campaign",
	"shuttle", "garrison", "congress", "instrument", "spies", "spy", "governments", "back", "advance", "offensive", "officers", "commanders", "coalition")

// nameStopwords are first words of names too common to be cues.
var nameStopwords = set("the", "new", "free", "united", "national", "people", "popular", "democratic", "african",
	"islamic", "international", "central", "southern", "northern", "group", "movement", "force", "forces")

// Head classes: which detector a token starts.
const (
	hNone uint8 = iota
	hCoup
	hOust
	hPower
	hCeasefire
	hCease
	hCessation
	hPause
	hAggression
	hResumed
	hPeace
	hAgreement
	hSwap
	hReturn
	hWithdraw
	hWithdrawal
	hPull
	hPullout
	hDrawdown
	hDraw
	hLeave
	hDepart
	hMoveOut
	hCeased
	hSurrender
	hHeld
	hSuspend
	hSpoke
	hAbandon
	hBring
	hRelocate
	hClose
	hHand
	hReduce
	hEnd
	hTalks
	hNegotiate
	hDialogue
	hMediation
	hConference
	hDiscussion
	hTalkVerb
	hEngage
	hMeetings
	hDebate
	hMandateVerb
	hCollapse
	hExpel
	hHalt
	hTake
)

func headTable() map[string]uint8 {
	m := map[string]uint8{}
	add := func(c uint8, ws ...string) {
		for _, w := range ws {
			m[w] = c
		}
	}
	add(hCoup, "coup", "coups", "putsch", "putsches")
	add(hOust, "ousted", "oust", "ousts", "ousting", "ouster", "overthrew", "overthrown", "overthrow", "overthrowing",
		"toppled", "topple", "toppling", "deposed", "depose", "deposing", "removed", "unseated")
	add(hPower, "power", "takeover")
	add(hCeasefire, "ceasefire", "ceasefires", "truce", "truces", "armistice", "cease")
	add(hCessation, "cessation")
	add(hPause, "pause", "pauses")
	add(hAggression, "aggression")
	add(hResumed, "resumed", "resume", "resumes", "erupted", "flared", "reignited")
	add(hPeace, "peace")
	add(hAgreement, "agreement", "agreements", "accord", "accords", "deal", "deals", "treaty", "pact", "protocol", "protocols", "memorandum")
	add(hSwap, "exchange", "exchanges", "exchanged", "swap", "swaps", "swapped", "swapping", "exchanging", "traded", "trading")
	add(hReturn, "return")
	add(hWithdraw, "withdraw", "withdrew", "withdrawn", "withdrawing", "withdraws", "retreat", "retreated", "retreating", "retreats")
	add(hWithdrawal, "withdrawal", "withdrawals", "evacuation")
	add(hPull, "pull", "pulled", "pulling", "pulls")
	add(hPullout, "pullout", "pullouts", "pullback", "pullbacks")
	add(hDrawdown, "drawdown")
	add(hDraw, "draw", "drew", "drawn")
	add(hLeave, "leave", "left", "leaving", "leaves", "exit", "exited", "exiting", "evacuated", "vacated", "gone")
	add(hDepart, "departure", "departed", "depart", "departing")
	add(hMoveOut, "rolled", "moved", "marched", "streamed", "trundled", "drove", "redeployed", "crossed", "disengaged")
	add(hCeased, "ceased")
	add(hSurrender, "surrendered", "surrenders", "surrender")
	add(hHeld, "held", "holding", "hold", "holds")
	add(hSuspend, "suspended", "suspends", "suspend", "suspending")
	add(hSpoke, "spoke", "spoken", "speak", "speaks")
	add(hAbandon, "abandoned", "abandon", "abandons", "abandoning")
	add(hBring, "brought", "bring", "bringing", "brings", "ordering", "ordered", "orders", "sent", "sending", "sends")
	add(hTake, "took", "taken", "taking")
	add(hRelocate, "relocate", "relocated", "relocation")
	add(hClose, "close", "closed", "closing", "closure", "closes", "shut", "dismantled")
	add(hHand, "handed", "hand", "handing", "handover", "hands")
	add(hReduce, "reduce", "reduced", "reducing", "reduction", "cut", "cuts", "slash", "slashed", "halve", "halved",
		"downsize", "downsized", "downsizing", "scale", "scaled", "shrink", "shrank")
	add(hEnd, "end", "ended", "ending", "termination", "terminate", "terminated", "concluded", "expired", "lapsed")
	add(hTalks, "talks", "negotiations", "negotiation", "negotiator", "negotiators")
	add(hNegotiate, "negotiate", "negotiated", "negotiates", "negotiating")
	add(hDialogue, "dialogue", "dialogues", "dialog")
	add(hMediation, "mediation", "mediated", "mediate", "mediating", "mediators")
	add(hConference, "conference", "summit")
	add(hDiscussion, "discussion", "discussions", "consultations")
	add(hTalkVerb, "talk", "talking", "talked")
	add(hEngage, "engage", "engagement", "speak", "sit")
	add(hMeetings, "meetings", "meeting", "met", "contacts")
	add(hDebate, "debate", "debates")
	add(hMandateVerb, "instructed", "tasked", "mandated", "mandating", "appointed", "charged", "commissioned")
	add(hExpel, "expelled", "expel", "expels", "expelling", "expulsion")
	add(hHalt, "halt", "stop", "halted", "halts", "halting", "carry", "stoppage")
	add(hCollapse, "collapsed", "collapse", "collapses", "broke", "fell", "unravelled", "unraveled")
	return m
}

var (
	// Nouns naming captives that can be exchanged.
	captiveNouns = set("prisoners", "prisoner", "hostages", "hostage", "detainees", "detainee", "captives", "captive",
		"pows", "pow", "abductees", "inmates", "soldiers", "militants", "fighters", "combatants", "members", "civilians",
		"people", "men", "women", "officers", "troops", "servicemen", "nationals", "citizens", "persons", "individuals")
	strictCaptives = set("prisoners", "prisoner", "hostages", "hostage", "detainees", "detainee", "captives", "captive",
		"pows", "pow", "abductees", "inmates")
	releaseWords = set("freed", "free", "frees", "freeing", "released", "release", "releases", "releasing",
		"handed", "exchanged", "swapped", "liberated", "liberation", "freedom", "return", "returned")
	notCaptives = set("bodies", "body", "remains", "corpses", "ransom", "money", "payment", "payments", "cash", "dollars",
		"euros", "fuel", "aid", "food", "weapons", "arms", "guarantees", "promise", "promises", "amnesty", "fire",
		"gunfire", "views", "information", "intelligence", "fee", "fees", "concessions", "land", "territory", "recognition")

	// Words naming armed forces, used to tell a military withdrawal from
	// withdrawing a bill or a candidacy.
	forceNouns = set("troops", "troop", "forces", "force", "soldiers", "soldier", "military", "army", "armies", "monitors",
		"contingent", "contingents", "peacekeepers", "peacekeeping", "peacekeeper", "mission", "battalion", "battalions",
		"units", "brigade", "brigades", "fighters", "militants", "rebels", "jihadists", "insurgents", "militia",
		"militias", "militiamen", "personnel", "servicemen", "marines", "garrison", "garrisons", "operation",
		"deployment", "presence", "footprint", "boots", "mercenaries", "paratroopers", "command", "headquarters",
		"division", "regiment", "regiments", "detachment", "squadron", "navy", "warships", "tanks", "artillery", "gunmen", "combatants",
		"columns", "convoys", "observers")
	baseNouns = set("base", "bases", "camp", "camps", "outpost", "outposts", "garrison", "garrisons", "barracks",
		"positions", "position", "checkpoints", "airbase", "airbases", "installations", "facilities", "hilltops")
	// Objects and origins that make "withdraw" something other than armed forces leaving.
	nonForceObjects = set("candidacy", "candidature", "bill", "statement", "support", "funding", "funds", "recognition",
		"ambassador", "ambassadors", "envoy", "accreditation", "application", "nomination", "name", "offer", "money",
		"license", "licence", "complaint", "complaints", "charges", "motion", "proposal", "membership", "credentials",
		"consent", "comments", "remarks", "request", "claim", "claims", "lawsuit", "case", "aid", "assistance",
		"investment", "investments", "visa", "visas", "cash", "deposits", "objection", "objections", "threat")
	nonForceOrigins = set("treaty", "agreement", "accord", "deal", "pact", "organisation", "organization", "bloc",
		"union", "community", "court", "election", "elections", "race", "talks", "negotiations", "process",
		"convention", "protocol", "alliance", "league", "contest", "competition", "tournament", "market", "programme",
		"program", "initiative", "dialogue", "coalition", "council", "body", "commission", "framework", "arrangement",
		"partnership", "government", "cabinet", "parliament", "presidency", "politics", "vote", "poll", "primary",
		"runoff", "scheme", "fund", "statute", "charter", "ceasefire", "ceasefires", "truce", "truces", "armistice",
		"life", "affairs")
	completedForms = set("withdrew", "withdrawn", "retreated", "left", "pulled", "closed", "handed", "departed", "exited", "evacuated",
		"vacated", "relocated", "redeployed", "completed", "ended", "terminated", "dismantled", "shut")
	partialForms = set("reduce", "reduced", "reducing", "reduction", "cut", "cuts", "slash", "slashed", "halve",
		"halved", "downsize", "downsized", "downsizing", "drawdown", "draw", "drew", "drawn", "scale", "scaled",
		"shrink", "shrank", "partial", "partially")

	// Coup cues.
	militaryActors = set("military", "army", "soldiers", "officers", "junta", "troops", "mutineers", "mutinous",
		"putschists", "colonels", "generals", "coup", "guard", "paratroopers", "juntas", "soldier", "officer",
		"colonel", "general", "commanders", "commander", "putschist", "praetorian")
	attemptWords = set("attempted", "failed", "foiled", "thwarted", "botched", "abortive", "aborted", "alleged",
		"attempt", "attempts", "plot", "plots", "bid", "unsuccessful", "would-be", "suspected", "averted")
	coupActorNext = set("leader", "leaders", "maker", "makers", "plotter", "plotters", "government", "regime",
		"authorities", "junta", "leaders", "belt", "proof", "proofing", "d'etat", "d’état", "d'état")
	powerObjects = set("president", "premier", "prime", "minister", "government", "leader", "head", "regime",
		"king", "emir", "ruler", "cabinet", "administration", "presidency", "chief", "interim", "transitional",
		"civilian", "elected", "monarch", "sultan")
	insurgentWords = set("taliban", "rebels", "insurgents", "militants", "jihadists", "guerrillas", "islamists")

	// Ceasefire subtype cues.
	collapseWords = set("collapsed", "collapse", "collapses", "collapsing", "broke", "broken", "breakdown", "fell", "violating",
		"unravelled", "unraveled", "violated", "violation", "violations", "breached", "breach", "breaches", "shattered",
		"expired", "ended", "disrespecting", "disrespected", "abandoned", "abandons", "scrapped", "scraps", "crumbled", "faltered",
		"violates", "breaches")
	extendWords   = set("extended", "extend", "extension", "prolonged", "renewed", "prolong", "extending")
	inEffectWords = set("effect", "force", "held", "holding", "holds", "took", "came", "entered", "observed", "went", "began", "started")
	agreedWords   = set("agreed", "signed", "reached", "brokered", "declared", "announced", "struck", "accepted",
		"concluded", "negotiated", "mediated", "sign", "signing", "agree", "agreeing", "inked", "unilateral", "declare",
		"pledged", "committed")

	// Agreements that are not peace agreements.
	nonPeaceMods = set("trade", "arms", "economic", "grain", "gas", "oil", "mining", "defence", "defense", "security",
		"military", "cooperation", "investment", "loan", "debt", "nuclear", "migration", "extradition", "hostage",
		"prisoner", "swap", "exchange", "basing", "status", "free", "business", "technical", "aid", "funding",
		"energy", "partnership", "licensing", "plea", "bilateral", "transit", "fishing", "water", "border", "export",
		"import", "supply", "financing", "budget", "tax", "customs", "visa", "labour", "labor", "climate", "paris",
		"waters", "river", "rivers", "maritime", "power", "electricity", "shipping", "corridor", "weapons", "data", "music", "record", "film",
		"book", "sponsorship", "transfer", "contract", "purchase", "sale", "merger", "buyout")
	conflictCues = set("war", "conflict", "fighting", "violence", "hostilities", "rebels", "rebel", "armed",
		"militants", "insurgents", "insurgency", "jihadists", "militias", "militia", "militiamen", "peace", "combat",
		"clashes", "bloodshed", "separatists", "guerrillas", "reconciliation", "intercommunal", "communities", "groups")
	armedCues = set("militants", "militia", "militias", "militiamen", "hunters", "jihadists", "insurgents", "rebels",
		"fighters", "gunmen", "guerrillas", "jihadist", "armed")
	govCues = set("government", "state", "authorities", "president", "junta", "regime", "army", "military",
		"minister", "ministry", "officials", "administration")

	// Talks cues.
	partyWords = set("militants", "jihadists", "insurgents", "rebels", "government", "authorities", "junta", "group",
		"groups", "leaders", "leader", "leadership", "side", "sides", "parties", "opposition", "terrorists",
		"separatists", "militias", "militia", "armed", "movement", "movements", "taliban", "guerrillas", "regime",
		"representatives", "delegation", "delegations", "commanders", "islamists", "fighters", "state", "officials")
	offerWords = set("ready", "willing", "prepared", "open", "willingness", "readiness", "desire", "interest",
		"offered", "offer", "offers", "accepted", "accept", "welcomed", "welcome", "invited", "invitation", "agreed",
		"responded", "openness", "want", "wants", "wanted", "keen", "eager")
	startWords = set("launched", "launch", "launches", "opened", "began", "begin", "begun", "begins", "started",
		"start", "starts", "initiated", "initiate", "initiative", "kicked", "resumed", "opening", "launching",
		"starting", "beginning", "inaugurated", "entered", "reopened")
	mandateWords = set("mandated", "mandate", "mandating", "tasked", "instructed", "appointed", "asked", "charged",
		"named", "commissioned", "authorized", "authorised", "empowered", "designated", "entrusted", "appoint",
		"mandates", "sent", "dispatched", "emissaries", "envoy")
	heldWords = set("held", "hold", "holding", "during", "after", "following", "brokered", "mediated", "attended",
		"met", "occurred", "took", "led", "conducted", "concluded", "rounds", "round", "months", "weeks", "days",
		"years", "hosted", "convened")
	leadVerbs = set("lead", "conduct", "open", "start", "hold", "mediate", "initiate", "facilitate", "head", "run",
		"organise", "organize", "explore", "launch", "broker", "pursue", "reach")
	discussionMods = set("peace", "direct", "open", "religious", "political", "formal", "informal", "indirect",
		"preliminary", "exploratory", "public", "secret", "bilateral", "substantive", "high-level")
	discussionVerbs = set("conduct", "lead", "hold", "held", "open", "opened", "start", "started", "join", "joined",
		"resume", "resumed", "begin", "began")
	conferenceMods = set("national", "peace", "reconciliation", "dialogue", "unity", "understanding", "inclusive")
)

// Factuality marker classes.
const (
	mNone uint8 = iota
	mNeg
	mHypo
	mModal  // would, will, 'll: hypothetical unless reported
	mDem    // demand markers that apply on their own
	mDemFor // call/press/push: demand only with "for", "on", "upon"
	mReport
	mCond // if, unless, whether: hypothetical, and cancel a report
	mPlan // plans, intends, decided: hypothetical, announced for withdrawals
)

func markerTable() map[string]uint8 {
	m := map[string]uint8{}
	add := func(c uint8, ws ...string) {
		for _, w := range ws {
			m[w] = c
		}
	}
	add(mNeg, "not", "never", "no", "neither", "nor", "without", "nobody", "none", "refused", "refuse", "refuses",
		"refusing", "refusal", "rejected", "reject", "rejects", "rejecting", "rejection", "denied", "deny", "denies",
		"denying", "failed", "fail", "fails", "opposed", "opposes", "oppose", "opposing", "resisted", "resists",
		"resist", "ruled", "dismissed", "dismisses", "excluded", "excludes", "exclude", "barred", "halted", "suspended",
		"cancelled", "canceled", "called-off", "postponed", "stalled", "shunned", "spurned", "snubbed", "boycotted",
		"cannot", "nothing", "against", "lack", "hesitated", "hesitate", "hesitates", "hesitant", "reluctant",
		"reluctance", "unwilling", "unwillingness", "shy", "shied", "eschewing", "eschewed", "averse")
	add(mHypo, "could", "might", "may", "can", "possible", "possibility", "possibly", "potential", "potentially",
		"prospect", "prospects", "hope", "hopes", "hoped", "hoping", "idea", "proposal", "proposals", "proposed",
		"propose", "proposes", "likely", "unlikely", "any", "future", "eventual", "considering",
		"consider", "considered", "considers", "envisaged", "envisage", "envisages", "envisioned", "expected", "expect",
		"expects", "seek", "seeks", "seeking", "sought", "aims", "option", "options", "chance", "chances", "scenario",
		"shall", "prepare", "preparing", "mull", "mulling", "mulled", "contemplate",
		"contemplating", "contemplated", "weigh", "weighing", "discuss", "discussing", "threatened", "threatens",
		"threaten", "threatening", "would-be", "try", "trying", "attempt", "prospective", "planned-for", "imagine",
		"hypothetical", "conditional", "possibilities", "bid", "ahead")
	add(mModal, "would", "will", "'ll", "going")
	add(mDem, "should", "must", "ought", "urged", "urge", "urges", "urging", "demanded", "demand", "demands",
		"demanding", "recommended", "recommend", "recommends", "recommendation", "recommendations", "insisted",
		"insist", "insists", "insisting", "appealed", "appeal", "appeals", "plea", "pleas", "pleaded", "advocate",
		"advocated", "advocates", "advocating", "supported", "support", "supports", "supporting", "endorsed",
		"endorse", "endorses", "favour", "favor", "favoured", "favored", "condition", "conditioned", "conditioning",
		"conditions", "precondition", "preconditions", "prerequisite", "requirement", "encouraged", "encourage",
		"encourages", "encouraging", "requested", "request", "requests", "need", "needs", "needed", "necessary",
		"requires", "required", "require", "calls", "pressure", "pressured", "lobbied", "lobbying", "petitioned",
		"ultimatum", "needing", "plead", "pleads", "pleading", "backing", "behind")
	add(mDemFor, "call", "called", "calling", "press", "pressed", "pressing", "push", "pushed", "pushing", "pushes")
	add(mReport, "said", "says", "say", "saying", "announced", "announces", "announce", "announcing", "announcement",
		"declared", "declares", "stated", "states", "told", "tells", "confirmed", "confirms", "mentioned", "indicated",
		"added", "claimed", "claims", "asserted", "asserts", "revealed", "disclosed", "noted", "explained",
		"acknowledged", "acknowledging", "admitted", "pledged", "promised", "vowed", "stressed", "insisted-that",
		"reiterated", "assured", "decided", "agreed", "ordered", "statement", "communique", "communiqué", "replied",
		"responded", "wrote", "tweeted", "posted")
	add(mCond, "if", "unless", "whether", "provided", "lest", "until", "once")
	add(mPlan, "plans", "plan", "planned", "planning", "intends", "intend", "intended", "intending", "intention",
		"decision", "prepares", "pledge", "promise", "aim")
	return m
}

// Words that close a clause for marker scanning.
var clauseWords = set("but", "however", "although", "though", "whereas", "while", "meanwhile", "because",
	"since", "after", "when", "before", "as", "despite", "which", "who", "where", "whereby")

// Subordinators after which a following "will" is conditional ("before it will talk").
var condSubs = set("before", "until", "once", "when", "if", "unless")
