#!/usr/bin/env python3
"""Writes data/lexicons/verbs/*.txt, Annalist's built-in verb lexicon, from the lists below (written for Annalist).

Each output line is one verb, phrasal verb, verb+object phrase or event noun with its CAMEO code (the PLOVER event,
mode and contexts come from data/plover/cameo-plover.tsv unless a line overrides them). Lists cross verbs with
objects, so one entry here may give several lines: every line is a distinct phrase the coder can match.
Run: python3 tools/verb-lexicon/build.py  (from the repository root).
"""
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "data", "lexicons", "verbs")

# (file, code, [patterns], plover override or None, contexts override or None)
# Pattern syntax (docs/formats/verbs.md): head first (verb lemma, verb_particle, or n:noun), then words in order;
# a/b = alternatives, a_b = consecutive words, + = target slot, $ = source slot.
E = []

def add(file, code, patterns, plover=None, contexts=None):
    for p in patterns:
        E.append((file, p, code, plover, contexts))

def cross(file, code, verbs, objects, plover=None, contexts=None):
    for v in verbs:
        for o in objects:
            E.append((file, f"{v} {o}", code, plover, contexts))

# ---------------------------------------------------------------- 01 statements (not events unless specific)
add("01-statements", "010", ["say", "state", "announce", "declare", "comment", "remark", "note", "tell", "add", "explain",
    "write", "tweet", "report", "stress", "emphasize", "reiterate", "repeat", "describe", "brief", "speak", "mention"])
add("01-statements", "011", ["decline comment", "refuse comment", "decline_to comment", "n:no_comment"])
cross("01-statements", "011", ["decline", "refuse"], ["to_comment", "comment"])
add("01-statements", "012", ["warn", "lament", "bemoan", "deplore", "regret", "fear", "worry", "caution", "despair",
    "voice concern/concerns", "express concern/concerns/pessimism/alarm/fear/fears", "raise concern/concerns"])
add("01-statements", "013", ["welcome", "hail", "applaud", "praise", "laud", "celebrate", "commend", "express optimism/hope/confidence",
    "voice optimism/hope/confidence", "n:optimism"])
add("01-statements", "014", ["consider", "weigh", "mull", "ponder", "contemplate", "study option/options/proposal",
    "review option/options/proposal", "explore option/options"])
add("01-statements", "015", ["acknowledge responsibility", "admit responsibility", "claim responsibility", "take responsibility",
    "accept responsibility", "apologize", "apologise", "confess", "own_up", "n:apology"])
add("01-statements", "016", ["deny responsibility/involvement/role/allegation/allegations/report/reports/charge/charges",
    "disclaim responsibility", "reject responsibility", "disavow", "deny"])
add("01-statements", "017", ["express sympathy", "sympathize", "sympathise", "n:sympathy", "mourn"])
add("01-statements", "018", ["thank", "congratulate", "express gratitude", "n:gratitude", "n:congratulations", "salute", "honor", "honour"])
add("01-statements", "019", ["condole", "console", "express condolence/condolences", "offer condolence/condolences", "n:condolences"])

# ---------------------------------------------------------------- 02 appeal
add("02-appeals", "020", ["appeal", "ask", "request", "plead", "implore", "beseech", "entreat", "petition", "solicit",
    "invite", "call_on", "call_upon", "appeal to +", "n:appeal", "n:plea", "n:request"])
cross("02-appeals", "021", ["appeal", "ask", "request", "seek"], ["cooperation", "help", "assistance", "support_for_cooperation"])
cross("02-appeals", "0211", ["seek", "request", "ask"], ["economic_cooperation", "investment", "trade_deal"])
cross("02-appeals", "0212", ["seek", "request", "ask"], ["military_cooperation", "security_cooperation", "military_help"])
cross("02-appeals", "0214", ["seek", "request"], ["intelligence", "information_sharing"])
cross("02-appeals", "022", ["seek", "request", "ask", "solicit", "appeal"], ["support", "backing", "endorsement", "diplomatic_support"])
cross("02-appeals", "023", ["seek", "request", "ask", "appeal"], ["aid", "assistance", "relief"])
cross("02-appeals", "0231", ["seek", "request", "ask"], ["loan", "loans", "economic_aid", "financial_aid", "credit", "funds", "money"])
cross("02-appeals", "0232", ["seek", "request", "ask"], ["weapons", "arms", "military_aid", "troops", "reinforcements"])
cross("02-appeals", "0233", ["seek", "request", "ask", "appeal"], ["food", "humanitarian_aid", "medicine", "shelter", "relief_supplies"])
cross("02-appeals", "023", ["seek", "request", "ask", "apply_for"], ["asylum", "refuge", "sanctuary", "political_asylum"])
cross("02-appeals", "0234", ["seek", "request", "ask"], ["peacekeepers", "protection", "peacekeeping_force"])
cross("02-appeals", "024", ["urge", "call_for", "demand"], ["reform", "reforms", "elections", "change"])
cross("02-appeals", "025", ["urge", "appeal", "ask"], ["restraint", "calm"])
add("02-appeals", "025", ["urge", "exhort", "press", "prod", "encourage"])
cross("02-appeals", "026", ["urge", "ask", "invite", "call_for"], ["talks", "meeting", "negotiations", "dialogue"])
cross("02-appeals", "027", ["urge", "ask", "call_for"], ["settlement", "peace", "solution", "resolution"])
cross("02-appeals", "028", ["ask", "invite", "urge"], ["mediation", "mediator", "mediate"])

# ---------------------------------------------------------------- 03 express intent to cooperate
add("03-intent", "030", ["agree", "agree with +", "accept", "consent", "assent", "n:agreement_in_principle", "pledge", "promise", "vow", "commit", "undertake", "offer",
    "express willingness", "express readiness", "signal willingness", "n:pledge", "n:promise", "n:offer"])
cross("03-intent", "031", ["pledge", "promise", "offer", "vow"], ["cooperation", "collaboration", "partnership"])
cross("03-intent", "0311", ["pledge", "promise", "offer"], ["investment", "trade", "economic_cooperation"])
cross("03-intent", "0312", ["pledge", "promise", "offer"], ["military_cooperation", "security_cooperation", "joint_exercises"])
cross("03-intent", "032", ["pledge", "promise", "offer", "vow"], ["support", "backing", "solidarity"])
cross("03-intent", "033", ["pledge", "promise", "offer", "vow"], ["aid", "assistance", "help"])
cross("03-intent", "0331", ["pledge", "promise", "offer"], ["loan", "loans", "funds", "money", "grant", "credit", "dollars"])
cross("03-intent", "0332", ["pledge", "promise", "offer"], ["weapons", "arms", "troops", "military_aid"])
cross("03-intent", "0333", ["pledge", "promise", "offer"], ["food", "humanitarian_aid", "relief"])
cross("03-intent", "0334", ["pledge", "promise", "offer"], ["peacekeepers", "protection"])
cross("03-intent", "034", ["pledge", "promise", "vow"], ["reform", "reforms", "elections"])
cross("03-intent", "035", ["promise", "pledge", "offer", "agree_to"], ["concessions", "compromise"])
cross("03-intent", "0353", ["promise", "pledge", "offer", "agree"], ["to_release", "release"])
cross("03-intent", "0354", ["promise", "pledge", "offer"], ["to_lift_sanctions", "to_ease_sanctions"])
cross("03-intent", "0356", ["promise", "pledge", "offer", "agree"], ["ceasefire", "truce", "to_withdraw", "withdrawal"])
cross("03-intent", "036", ["offer", "propose", "agree", "promise"], ["talks", "to_meet", "meeting", "negotiations", "dialogue", "to_negotiate"])
cross("03-intent", "037", ["offer", "agree", "propose"], ["settlement", "peace", "to_settle"])
cross("03-intent", "038", ["accept", "agree_to", "welcome"], ["mediation", "mediator"])
cross("03-intent", "039", ["offer", "propose", "volunteer"], ["to_mediate", "mediation", "good_offices"])
add("03-intent", "039", ["mediate"])

# ---------------------------------------------------------------- 04 consult
add("04-consult", "040", ["consult", "confer", "discuss", "talk", "negotiate", "hold talks/consultations/discussions",
    "n:talks", "n:consultations", "n:negotiations", "n:discussions", "n:dialogue", "n:summit", "discuss with +",
    "talk with/to +", "confer with +", "negotiate with +", "hold talks with +", "consult with +"])
add("04-consult", "041", ["phone", "telephone", "call", "speak_by telephone/phone", "n:phone_call", "n:telephone_call",
    "hold phone_call/telephone_call", "make phone_call/telephone_call", "call +", "ring +"])
add("04-consult", "042", ["visit", "tour", "travel to +", "fly to +", "arrive in/at +",
    "pay visit", "make visit", "n:visit", "n:trip", "n:tour", "travel", "leave for +", "head to/for +", "land in +"])
add("04-consult", "043", ["host", "receive", "welcome visit/delegation/visitor/president/minister/envoy",
    "host visit/delegation/summit/talks", "receive delegation/envoy/visit/minister"])
add("04-consult", "044", ["meet at +", "meet in +", "gather in/at +"])
add("04-consult", "045", ["launch mediation/mediation_effort", "n:mediation_effort", "n:mediation", "mediate between", "broker talks/deal/truce/ceasefire", "broker", "facilitate talks"])
add("04-consult", "046", ["negotiate", "bargain", "hold negotiations", "engage in negotiations/talks", "sit_down", "n:negotiation"])
add("04-consult", "040", ["return talk/talks/negotiations/negotiating_table", "resume talk/talks/negotiations/dialogue",
    "meet", "meet with +", "hold meeting", "n:meeting", "convene", "huddle", "gather"])

# ---------------------------------------------------------------- 05 diplomatic cooperation
add("05-diplomacy", "050", ["cooperate diplomatically", "work_with +", "engage", "reach_out", "engage with +"])
add("05-diplomacy", "051", ["praise", "endorse", "back", "support", "champion", "defend", "stand_by", "side_with",
    "endorse +", "express support", "voice support", "declare support", "throw support", "n:support", "n:endorsement",
    "n:backing"])
add("05-diplomacy", "052", ["defend", "rally_behind", "stand_behind", "speak_for", "vouch_for"])
add("05-diplomacy", "053", ["rally", "rally support", "mobilize support", "lobby_for", "campaign_for"])
add("05-diplomacy", "054", ["establish ties/relations/diplomatic_ties/diplomatic_relations", "open embassy", "restore ties/relations/diplomatic_ties/diplomatic_relations", "resume ties/relations/diplomatic_ties/diplomatic_relations", "normalize ties/relations", "recognize", "recognise", "grant recognition", "extend recognition", "n:recognition",
    "recognize independence/sovereignty/government"])
add("05-diplomacy", "055", ["apologize to +", "apologise to +", "express regret"])
add("05-diplomacy", "056", ["forgive", "pardon", "absolve", "n:pardon", "grant pardon/amnesty", "n:amnesty"])
add("05-diplomacy", "057", ["sign", "sign agreement/accord/treaty/deal/pact/memorandum/protocol", "conclude agreement/accord/treaty/deal",
    "ratify", "ratify treaty/agreement/accord", "n:treaty", "initial agreement/accord", "seal deal/agreement",
    "reach agreement/accord/deal", "strike deal/agreement", "clinch deal", "forge agreement/pact/alliance",
    "form alliance", "n:agreement", "n:accord", "n:pact"])

# ---------------------------------------------------------------- 06 material cooperation
add("06-cooperation", "060", ["cooperate", "collaborate", "partner", "team_up", "join_forces", "work_together",
    "n:cooperation", "n:collaboration", "n:partnership"])
add("06-cooperation", "061", ["trade", "invest", "export", "import", "trade with +", "invest in +", "do business",
    "open market/markets", "sign trade_deal", "n:investment", "n:trade_deal"])
cross("06-cooperation", "061", ["expand", "boost", "increase", "deepen", "strengthen"], ["trade", "investment", "economic_ties", "economic_cooperation", "business_ties"])
add("06-cooperation", "062", ["train troops/forces/soldiers/police", "conduct joint_exercises/exercise/exercises/patrols/operations",
    "n:joint_operations", "n:joint_exercises", "n:joint_patrols", "n:joint_missions", "n:joint_mission", "n:military_cooperation"])
cross("06-cooperation", "062", ["resume", "restart", "begin", "start", "launch", "conduct", "hold", "stage", "expand", "continue", "restore", "renew", "carry_out"],
      ["joint_operations", "joint_missions", "joint_patrols", "joint_exercises", "military_exercises", "military_cooperation",
       "security_cooperation", "counterterrorism_operations", "joint_military_operations", "operations", "missions", "patrols", "drills"])
cross("06-cooperation", "063", ["extradite", "hand_over", "turn_over"], ["suspect", "suspects", "fugitive", "fugitives", "criminal"])
add("06-cooperation", "063", ["extradite", "n:extradition", "cooperate on investigation/inquiry/case"])
cross("06-cooperation", "064", ["share", "exchange", "pass", "provide"], ["intelligence", "information", "data", "intelligence_information", "evidence"])

# ---------------------------------------------------------------- 07 aid
add("07-aid", "070", ["aid", "assist", "help", "provide aid/assistance/help/support", "extend aid/assistance/help",
    "n:aid", "n:assistance"])
cross("07-aid", "071", ["give", "grant", "provide", "lend", "loan", "donate", "disburse", "send", "extend", "transfer", "allocate", "approve"],
      ["loan", "loans", "credit", "credits", "grant", "funds", "money", "dollars", "financial_aid", "economic_aid", "debt_relief", "budget_support"])
add("07-aid", "071", ["fund", "finance", "bankroll", "subsidize", "forgive debt", "cancel debt", "write_off debt"])
cross("07-aid", "072", ["send", "supply", "provide", "deliver", "ship", "sell", "give", "transfer"],
      ["weapons", "arms", "missiles", "ammunition", "military_aid", "military_equipment", "tanks", "jets", "drones", "air_defenses", "munitions"])
add("07-aid", "072", ["arm", "equip"])
cross("07-aid", "073", ["send", "deliver", "provide", "supply", "give", "airlift", "distribute", "donate", "ship", "rush"],
      ["food", "medicine", "medical_supplies", "humanitarian_aid", "relief", "relief_supplies", "tents", "blankets", "water", "vaccines", "shelter"])
cross("07-aid", "074", ["send", "deploy", "contribute", "provide", "dispatch"], ["peacekeepers", "peacekeeping_troops", "peacekeeping_force", "monitors", "observers"])
add("07-aid", "074", ["protect", "guard", "escort", "peacekeeping/peacekeepers/peacekeeper *arrive in/at +"])
cross("07-aid", "075", ["grant", "give", "offer"], ["asylum", "refuge", "sanctuary", "protection"])
add("07-aid", "075", ["shelter", "harbor refugees", "take_in refugees", "admit refugees", "resettle refugees", "n:asylum"])

# ---------------------------------------------------------------- 08 yield
add("08-yield", "080", ["allow + to", "permit + to", "yield", "concede", "give_in", "relent", "back_down", "cave", "accede", "comply", "capitulate",
    "give_way", "make concession/concessions", "n:concession", "n:concessions"])
cross("08-yield", "081", ["ease", "lift", "relax", "loosen", "scale_back", "suspend", "shorten"], ["restrictions", "curbs", "curfew", "controls", "ban", "checkpoints"])
cross("08-yield", "0811", ["ease", "lift", "end"], ["restrictions_on_freedoms", "media_restrictions", "press_restrictions"])
cross("08-yield", "0812", ["lift", "end", "revoke"], ["ban_on_parties", "ban_on_political_parties"])
cross("08-yield", "0813", ["lift", "end", "revoke"], ["curfew"])
cross("08-yield", "0814", ["lift", "end", "revoke"], ["state_of_emergency", "martial_law", "emergency_rule"])
add("08-yield", "082", ["ease crackdown", "end crackdown", "legalize protests", "allow protests", "permit rallies"])
add("08-yield", "083", ["accede to demands", "accept demands", "meet demands", "grant demands", "agree to demands"])
add("08-yield", "0831", ["step_down", "resign", "quit", "abdicate", "stand_down", "n:resignation"], "RETREAT/resign")
add("08-yield", "0832", ["change policy", "reverse policy", "reverse course", "abandon policy", "drop plan"])
add("08-yield", "0833", ["grant rights", "restore rights", "grant autonomy", "grant independence", "restore freedoms"])
add("08-yield", "0834", ["reform constitution", "amend constitution", "dissolve government", "call elections"])
add("08-yield", "084", ["give_back", "hand_back", "restore"])
cross("08-yield", "0841", ["release", "free", "set_free", "let_go", "pardon", "liberate", "hand_over", "swap", "return"],
      ["prisoners", "prisoner", "hostages", "hostage", "detainees", "detainee", "captives", "captive", "soldiers", "activists", "journalists", "sailors"])
add("08-yield", "0841", ["free", "n:prisoner_swap", "exchange prisoners"])
cross("08-yield", "0842", ["return", "hand_back", "give_back"], ["property", "land", "territory", "assets", "bodies", "remains", "seized_ship", "vessel"])
cross("08-yield", "085", ["lift", "ease", "remove", "suspend", "relax", "end", "waive"], ["sanctions", "embargo", "boycott", "blockade", "tariffs", "trade_restrictions"])
cross("08-yield", "086", ["allow", "permit", "grant", "open", "reopen", "re-open"], ["access", "inspectors", "inspection", "inspections", "monitors", "border_crossing",
    "border", "borders", "crossing", "crossings", "airspace"])
cross("08-yield", "0861", ["allow", "accept", "admit"], ["peacekeepers", "peacekeeping_force"])
cross("08-yield", "0862", ["allow", "accept", "admit", "permit"], ["inspectors", "observers", "investigators", "monitors"])
cross("08-yield", "0863", ["allow", "permit", "grant", "open"], ["humanitarian_access", "aid_convoys", "aid_workers", "humanitarian_corridor"])
add("08-yield", "087", ["de-escalate", "deescalate", "stand_down", "demobilize", "disarm", "decommission", "lay_down arms/weapons",
    "surrender", "hand_over weapons/arms", "give_up weapons/arms"])
cross("08-yield", "0871", ["declare", "announce", "agree_to", "accept", "observe", "respect", "sign"], ["ceasefire", "truce", "cease-fire", "armistice"])
add("08-yield", "0871", ["n:ceasefire", "n:truce", "n:cease-fire"])
cross("08-yield", "0872", ["withdraw", "pull_out", "pull", "remove", "bring_home", "redeploy", "evacuate"],
      ["troops", "forces", "soldiers", "units", "army", "military", "contingent", "personnel", "settlements", "settlers", "outposts", "bases", "garrison"])
add("08-yield", "0872", ["withdraw troops/forces/soldiers/army/military/contingent/personnel from +", "pull_out troops/forces/soldiers from +",
    "withdraw from +", "pull_out of +", "withdraw", "pull_out", "pull_back", "retreat", "n:withdrawal", "n:pullout", "n:troop_withdrawal", "leave country"])
cross("08-yield", "0873", ["demobilize", "disband"], ["militia", "militias", "fighters", "armed_groups"])
add("08-yield", "0874", ["retreat", "fall_back", "abandon positions", "cede territory", "hand_over territory"])

# ---------------------------------------------------------------- 09 investigate
add("09-investigate", "090", ["open hearing/inquiry", "hold hearing/hearings", "n:hearing", "investigate", "probe", "examine", "inspect", "look_into", "open investigation/inquiry/probe",
    "launch investigation/inquiry/probe", "n:investigation", "n:inquiry", "n:probe"])
cross("09-investigate", "091", ["investigate", "probe", "open_inquiry_into"], ["corruption", "crime", "fraud", "bribery", "embezzlement", "graft", "money_laundering"])
cross("09-investigate", "092", ["investigate", "probe", "document"], ["abuses", "human_rights_abuses", "torture", "killings", "disappearances"])
cross("09-investigate", "093", ["investigate", "probe", "review"], ["military_action", "airstrike", "attack", "incident", "shooting", "crash"])
cross("09-investigate", "094", ["investigate", "probe", "examine"], ["war_crimes", "atrocities", "genocide", "crimes_against_humanity"])

# ---------------------------------------------------------------- 10 demand
add("10-demand", "100", ["order", "instruct", "summon", "n:order", "demand", "insist", "call_for", "require", "press_for", "push_for", "n:demand", "n:ultimatum", "issue ultimatum"])
add("10-demand", "100", ["demand that", "insist that", "urge that"])
cross("10-demand", "100", ["say", "state", "announce", "declare", "insist", "conclude", "stress", "tell", "add", "argue", "reiterate", "emphasize", "write"],
      ["must", "should", "ought"])
cross("10-demand", "101", ["demand", "call_for", "press_for"], ["cooperation", "help", "assistance"])
cross("10-demand", "1011", ["demand", "call_for"], ["compensation", "payment", "reparations", "economic_cooperation"])
cross("10-demand", "1012", ["demand", "call_for"], ["military_cooperation", "military_support", "weapons"])
cross("10-demand", "102", ["demand", "call_for", "press_for"], ["support", "backing", "recognition"])
cross("10-demand", "103", ["demand", "call_for"], ["aid", "assistance", "relief"])
cross("10-demand", "104", ["demand", "call_for", "push_for", "press_for"], ["reform", "reforms", "change", "democracy"])
cross("10-demand", "1041", ["demand", "call_for"], ["resignation", "ouster", "removal", "new_leadership", "to_resign", "step_down"])
cross("10-demand", "1042", ["demand", "call_for"], ["policy_change", "change_of_policy", "reversal"])
cross("10-demand", "1043", ["demand", "call_for"], ["rights", "freedom", "freedoms", "equal_rights"])
cross("10-demand", "1044", ["demand", "call_for"], ["elections", "new_elections", "constitutional_change", "referendum"])
cross("10-demand", "105", ["demand", "call_for", "insist_on"], ["concessions", "compliance"])
cross("10-demand", "1051", ["demand", "call_for"], ["end_to_repression", "lifting_of_restrictions"])
cross("10-demand", "1053", ["demand", "call_for"], ["release", "freedom_for", "return"])
cross("10-demand", "1054", ["demand", "call_for"], ["lifting_of_sanctions", "end_to_sanctions", "end_to_embargo"])
cross("10-demand", "1056", ["demand", "call_for", "insist_on"], ["withdrawal", "ceasefire", "truce", "pullout", "end_to_fighting", "de-escalation"])
cross("10-demand", "106", ["demand", "call_for", "insist_on"], ["talks", "meeting", "negotiations"])
cross("10-demand", "107", ["demand", "call_for"], ["settlement", "peace", "solution"])
cross("10-demand", "108", ["demand", "call_for"], ["mediation"])

# ---------------------------------------------------------------- 11 disapprove
add("11-disapprove", "110", ["disapprove", "object", "oppose", "dislike", "frown_on", "take_issue", "question",
    "express disapproval", "voice disapproval", "n:opposition", "oppose +"])
add("11-disapprove", "111", ["criticize", "criticise", "condemn", "denounce", "decry", "slam", "blast", "lambaste",
    "rebuke", "censure", "castigate", "chastise", "assail", "attack verbally", "berate", "scold", "reproach", "deride",
    "ridicule", "mock", "disparage", "vilify", "excoriate", "n:criticism", "n:condemnation", "n:denunciation", "fault",
    "express outrage", "voice outrage", "express anger", "voice anger"])
add("11-disapprove", "112", ["accuse", "blame", "allege", "charge", "implicate", "point_finger", "hold_responsible",
    "n:accusation", "n:allegation", "n:allegations", "n:accusations", "level accusation/accusations/charges"])
cross("11-disapprove", "1121", ["accuse", "charge"], ["of_corruption", "of_crime", "of_fraud", "of_bribery"])
cross("11-disapprove", "1122", ["accuse", "charge"], ["of_abuses", "of_torture", "of_human_rights_abuses", "of_rights_abuses"])
cross("11-disapprove", "1123", ["accuse", "blame", "charge"], ["of_attack", "of_aggression", "of_attacks", "of_shelling", "of_violating_sovereignty", "of_violating"])
cross("11-disapprove", "1124", ["accuse", "charge"], ["of_war_crimes", "of_genocide", "of_atrocities"])
cross("11-disapprove", "1125", ["accuse", "charge"], ["of_espionage", "of_spying"])
add("11-disapprove", "113", ["rally_against", "rally opposition", "mobilize opposition", "campaign_against"])
cross("11-disapprove", "114", ["lodge", "file", "register"], ["protest/complaint with/to +"])
add("11-disapprove", "114", ["complain", "lodge complaint", "file complaint", "protest formally", "summon ambassador/envoy/diplomat",
    "n:complaint", "n:formal_protest"])
add("11-disapprove", "115", ["sue", "file lawsuit", "bring lawsuit", "take_to court", "n:lawsuit", "file suit"])
add("11-disapprove", "116", ["convict", "sentence", "find_guilty", "n:conviction", "n:verdict"])

# ---------------------------------------------------------------- 12 reject
add("12-reject", "120", ["reject", "refuse", "rebuff", "spurn", "turn_down", "dismiss", "repudiate", "decline",
    "n:rejection", "n:refusal", "say_no"])
cross("12-reject", "121", ["reject", "refuse", "rebuff"], ["cooperation", "help", "assistance", "offer"])
cross("12-reject", "1211", ["reject", "refuse"], ["economic_cooperation", "trade_deal", "investment"])
cross("12-reject", "1212", ["reject", "refuse"], ["military_cooperation", "military_help", "basing"])
cross("12-reject", "122", ["reject", "refuse", "turn_down"], ["aid", "request_for_aid", "assistance"])
cross("12-reject", "123", ["reject", "refuse"], ["demands_for_change", "reform", "reforms", "demands_for_reform"])
cross("12-reject", "1231", ["refuse", "reject", "decline"], ["to_resign", "calls_to_resign", "demands_to_resign"])
cross("12-reject", "124", ["refuse", "reject", "resist"], ["demands", "to_yield", "concessions", "ultimatum"])
cross("12-reject", "1241", ["refuse", "reject"], ["to_release", "release", "demands_to_release"])
cross("12-reject", "1244", ["refuse", "reject"], ["to_lift_sanctions", "lifting_of_sanctions"])
cross("12-reject", "1246", ["refuse", "reject"], ["to_withdraw", "withdrawal", "ceasefire", "truce", "call_for_ceasefire"])
cross("12-reject", "125", ["reject", "refuse", "rebuff", "turn_down"], ["talks", "meeting", "negotiations", "dialogue", "proposal"])
cross("12-reject", "126", ["reject", "refuse"], ["mediation", "mediator"])
cross("12-reject", "127", ["reject", "refuse"], ["plan", "peace_plan", "settlement", "proposal", "deal"])
add("12-reject", "120", ["renege", "backtrack", "go_back_on"])
add("12-reject", "128", ["violate ban/order/orders/law/laws/resolution/resolutions/embargo/sanctions/curfew/agreement/accord/deal", "defy", "flout", "disobey", "ignore", "violate norms", "breach", "n:defiance", "defy order/orders/resolution/ban"])
add("12-reject", "129", ["veto", "n:veto", "block resolution/bill/measure", "veto resolution/bill"])

# ---------------------------------------------------------------- 13 threaten
add("13-threaten", "130", ["threaten", "warn", "menace", "intimidate", "n:threat", "n:threats", "issue threat/warning", "make threat/threats"])
cross("13-threaten", "131", ["threaten"], ["to_cut", "to_halt", "to_suspend", "to_end"])
cross("13-threaten", "1311", ["threaten"], ["to_cut_aid", "to_withhold_aid", "to_reduce_aid"])
cross("13-threaten", "1312", ["threaten"], ["sanctions", "to_impose_sanctions", "embargo", "tariffs", "boycott"])
cross("13-threaten", "1313", ["threaten"], ["to_break_relations", "to_sever_ties", "to_cut_ties", "to_recall_ambassador"])
cross("13-threaten", "132", ["threaten"], ["to_ban", "to_restrict", "crackdown", "to_impose_curfew"])
cross("13-threaten", "133", ["threaten"], ["protests", "to_protest", "unrest"])
cross("13-threaten", "136", ["threaten"], ["to_expel", "expulsion"])
cross("13-threaten", "137", ["threaten"], ["repression", "to_crush", "violence"])
cross("13-threaten", "138", ["threaten"], ["to_attack", "attack", "war", "military_action", "force", "to_strike", "retaliation", "to_retaliate", "to_invade", "invasion", "to_bomb"])
cross("13-threaten", "1384", ["threaten"], ["to_occupy", "occupation"])
cross("13-threaten", "1385", ["threaten"], ["nuclear_attack", "to_use_nuclear_weapons", "chemical_attack"])
add("13-threaten", "139", ["give ultimatum", "issue ultimatum", "set deadline"])

# ---------------------------------------------------------------- 14 protest
add("14-protest", "140", ["protest", "demonstrate", "march", "rally", "n:protest", "n:protests", "n:demonstration",
    "n:demonstrations", "n:rally", "n:march", "take_to streets", "hold protest/rally/demonstration/march", "stage protest/rally/demonstration"])
add("14-protest", "141", ["demonstrate against", "rally against", "march against", "march on", "picket", "n:sit-in"])
add("14-protest", "142", ["go_on hunger_strike", "stage hunger_strike", "begin hunger_strike", "n:hunger_strike", "fast"])
add("14-protest", "143", ["boycott", "strike", "walk_out", "stay_away", "go_on strike", "n:boycott", "n:strike", "n:walkout", "n:general_strike"])
add("14-protest", "144", ["block", "blockade", "obstruct", "barricade", "occupy", "sit_in", "block roads/road/highway/traffic/entrance", "n:blockade", "n:roadblock"])
add("14-protest", "143", ["stop work", "down tools", "n:work_stoppage"])
add("14-protest", "145", ["riot", "loot", "rampage", "clash", "n:riot", "n:riots", "n:rioting", "n:unrest", "burn cars/tires/buildings"])

# ---------------------------------------------------------------- 15 force posture
add("15-posture", "150", ["mobilize", "mobilise", "mass", "deploy", "station", "position", "n:mobilization", "n:buildup", "n:deployment"])
cross("15-posture", "151", ["deploy", "mobilize", "reinforce", "increase"], ["police", "riot_police", "security_forces", "police_presence"])
add("15-posture", "151", ["heighten security", "tighten security", "step_up security", "increase security", "boost security"])
cross("15-posture", "152", ["deploy", "mobilize", "mass", "send", "move", "dispatch", "station", "amass", "position", "reinforce"],
      ["troops", "soldiers", "forces", "army", "tanks", "warships", "fleet", "carrier", "bombers", "battalions", "divisions", "reinforcements", "units"])
add("15-posture", "152", ["put_on alert", "place_on alert", "raise alert", "go_on alert"])
cross("15-posture", "153", ["mobilize", "arm", "recruit"], ["militia", "militias", "volunteers", "reservists", "fighters"])
cross("15-posture", "154", ["conduct", "hold", "stage"], ["military_drills", "war_games", "missile_test", "nuclear_test", "show_of_force"])
add("15-posture", "154", ["test missile/missiles/rocket/weapon", "test-fire", "n:missile_test", "n:war_games", "n:nuclear_test"])

# ---------------------------------------------------------------- 16 reduce relations
add("16-reduce", "160", ["downgrade relations/ties", "reduce relations/ties", "scale_down relations", "freeze relations/ties", "distance"])
cross("16-reduce", "161", ["cut", "sever", "break", "break_off", "suspend", "downgrade", "freeze", "end"],
      ["relations", "ties", "diplomatic_relations", "diplomatic_ties", "contacts"])
cross("16-reduce", "161", ["recall", "withdraw"], ["ambassador", "envoy", "diplomats", "embassy_staff"])
cross("16-reduce", "162", ["cut", "halt", "suspend", "stop", "end", "freeze", "withhold"],
      ["aid", "assistance", "funding", "support", "payments"])
cross("16-reduce", "1621", ["cut", "halt", "suspend", "freeze", "withhold"], ["economic_aid", "loans", "financial_aid", "credit", "budget_support"])
cross("16-reduce", "1622", ["cut", "halt", "suspend", "freeze", "withhold"], ["military_aid", "arms_sales", "weapons_deliveries", "military_assistance"])
cross("16-reduce", "1623", ["cut", "halt", "suspend", "withhold", "block"], ["humanitarian_aid", "food_aid", "relief"])
cross("16-reduce", "162", ["suspend", "halt", "end", "stop", "pause", "freeze", "cancel", "terminate", "call_off", "scale_back", "curtail"],
      ["cooperation", "mission", "missions", "operations", "counterterrorism_mission", "joint_operations", "training", "training_mission", "program", "partnership", "talks", "activities"],
      None, None)
cross("16-reduce", "160", ["suspend", "halt", "cut", "sever"], ["air_links", "links", "flights", "transport_links", "trade_links"])
add("16-reduce", "160", ["n:suspension links/ties/relations/flights/contacts/cooperation"])
add("16-reduce", "162", ["n:suspension aid/assistance/deliveries", "prohibit aid/assistance", "ban aid/assistance"])
add("16-reduce", "1622", ["n:suspension_of_operations", "n:suspension_of_cooperation", "n:suspension_of_missions"])
cross("16-reduce", "163", ["impose", "slap", "tighten", "extend", "announce", "expand"], ["sanctions", "embargo", "blockade", "restrictions", "tariffs", "trade_ban", "arms_embargo"])
add("16-reduce", "163", ["sanction", "embargo", "blacklist", "n:sanctions", "n:embargo"])
add("16-reduce", "164", ["break_off talks/negotiations", "walk_out_of talks", "suspend talks/negotiations", "pull_out_of talks",
    "quit talks", "abandon talks"])
add("16-reduce", "165", ["halt mediation", "end mediation", "suspend mediation"])
cross("16-reduce", "166", ["expel", "oust", "eject", "throw_out", "kick_out", "order_out", "deport"],
      ["diplomats", "diplomat", "ambassador", "envoy", "staff", "forces", "troops", "foreign_troops", "american_forces", "peacekeepers", "inspectors", "monitors"])
add("16-reduce", "166", ["expel", "oust", "n:expulsion", "declare persona_non_grata", "vote to_expel", "order expulsion", "kick_out", "force_out"], "SANCTION/expel")
cross("16-reduce", "1661", ["withdraw", "pull_out", "recall"], ["peacekeepers", "peacekeeping_force", "peacekeeping_troops"])
cross("16-reduce", "1662", ["withdraw", "pull_out", "recall", "expel"], ["inspectors", "weapons_inspectors", "observers", "monitors"])
add("16-reduce", "1662", ["withdraw inspectors/observers/monitors from +", "pull_out inspectors/observers/monitors from +"])
cross("16-reduce", "1663", ["withdraw", "pull_out", "recall"], ["aid_workers", "humanitarian_workers", "relief_workers"])
cross("16-reduce", "1661", ["expel", "remove", "evict", "oust", "order_out"], ["american_troops", "us_troops", "foreign_forces", "military_forces", "coalition_forces", "bases"])
cross("16-reduce", "1663", ["expel", "deport", "evict"], ["aid_workers", "ngos", "aid_groups", "humanitarian_workers"])

# ---------------------------------------------------------------- 17 coerce
add("17-coerce", "170", ["coerce", "force", "pressure", "compel", "strong-arm", "bully", "n:coercion", "n:pressure"])
add("17-coerce", "171", ["seize", "confiscate", "impound", "expropriate", "nationalize", "commandeer", "seize property/assets/land/vessel/tanker/ship",
    "freeze assets/accounts", "n:seizure", "n:confiscation"])
add("17-coerce", "1711", ["confiscate property", "seize property", "expropriate land", "nationalize assets"])
add("17-coerce", "1712", ["demolish", "raze", "bulldoze", "destroy property/homes/houses/buildings", "burn homes/houses/villages", "n:demolition"])
add("17-coerce", "172", ["deny entry", "refuse entry", "restrict", "curb", "limit", "ban", "outlaw", "prohibit", "censor", "crack_down", "clamp_down",
    "n:crackdown", "n:ban", "impose restrictions/curbs/limits"])
add("17-coerce", "1723", ["impose curfew", "n:curfew", "declare curfew", "institute curfew"], "COERCE/curfew")
add("17-coerce", "1724", ["declare state_of_emergency", "impose state_of_emergency", "n:state_of_emergency", "declare emergency"])
add("17-coerce", "1724", ["declare martial_law", "impose martial_law", "n:martial_law"])
add("17-coerce", "1722", ["ban party/parties/opposition/newspaper/demonstrations/protests", "outlaw party/parties/group", "shut_down newspaper/media/internet", "block internet/websites/social_media"])
add("17-coerce", "173", ["arrest", "detain", "jail", "imprison", "apprehend", "capture", "round_up", "take_into custody", "lock_up",
    "incarcerate", "hold", "n:arrest", "n:arrests", "n:detention", "n:detentions", "take_prisoner"])
add("17-coerce", "174", ["deport", "expel", "banish", "exile", "extradite", "n:deportation", "n:deportations", "forcibly return"])
add("17-coerce", "175", ["repress", "suppress", "crush", "quell", "disperse", "tear-gas", "put_down", "violently disperse",
    "disperse protesters/crowd/demonstrators/protest", "fire tear_gas", "use tear_gas", "n:repression"])
add("17-coerce", "172", ["hack", "cyberattack", "n:cyberattack", "n:cyber-attack", "n:hacking", "launch cyberattack"], "COERCE/cyber", "cyber")

# ---------------------------------------------------------------- 18 assault
add("18-assault", "180", ["assault", "attack", "strike", "hit", "raid", "storm", "ambush", "target", "n:attack", "n:attacks",
    "n:assault", "n:raid", "n:ambush", "carry_out attack/attacks/raid", "launch attack/attacks/raid/assault", "stage attack"])
add("18-assault", "180", ["wound", "injure", "mount attack/attacks/raid/raids/assault/ambush"])
add("18-assault", "181", ["abduct", "kidnap", "hijack", "take_hostage", "seize hostages", "n:kidnapping", "n:abduction", "n:hijacking", "snatch"])
add("18-assault", "182", ["beat", "assault physically", "torture", "maim", "flog", "whip", "rape", "n:beating", "n:torture"])
add("18-assault", "1821", ["rape", "sexually_assault", "n:rape", "n:sexual_assault"])
add("18-assault", "1822", ["torture", "n:torture"])
add("18-assault", "1823", ["kill", "murder", "slay", "execute", "behead", "shoot_dead", "gun_down", "lynch", "n:killing",
    "n:killings", "n:murder"])
add("18-assault", "183", ["bomb", "blow_up", "detonate", "n:bombing", "n:bombings", "n:explosion", "n:blast"])
add("18-assault", "1831", ["n:suicide_bombing", "n:suicide_attack", "carry_out suicide_bombing/suicide_attack", "blow_himself_up", "blow_herself_up", "blow_themselves_up"])
add("18-assault", "1832", ["n:car_bomb", "n:car_bombing", "detonate car_bomb/bomb"])
add("18-assault", "1833", ["plant bomb/explosives/mine/device", "n:roadside_bomb", "n:ied"])
add("18-assault", "184", ["use human_shields", "n:human_shields"])
add("18-assault", "185", ["assassinate", "n:assassination", "attempt assassination", "n:assassination_attempt"])
add("18-assault", "186", ["assassinate", "eliminate", "take_out"])

# ---------------------------------------------------------------- 19 fight
add("19-fight", "190", ["fight", "battle", "clash", "engage", "combat", "wage war", "go_to war", "n:fighting", "n:battle",
    "n:clashes", "n:clash", "n:combat", "n:war", "n:hostilities", "n:offensive", "launch offensive", "wage"])
add("19-fight", "191", ["blockade", "besiege", "encircle", "surround", "cordon_off", "seal_off", "n:siege", "impose blockade"])
add("19-fight", "190", ["invade", "n:invasion", "n:incursion", "mount invasion/offensive/incursion", "launch invasion/incursion"])
add("19-fight", "192", ["occupy", "annex", "take_over", "seize territory/town/city/village/area/region/airport/base",
    "capture town/city/village/territory/base", "overrun", "n:occupation", "enter"])
add("19-fight", "193", ["shoot", "fire_on", "open_fire", "fire at +", "gun", "snipe", "n:shooting", "n:gunfire", "n:shootout",
    "fire shots/bullets/rounds", "exchange fire/gunfire"])
add("19-fight", "194", ["shell", "bombard", "pound", "fire artillery/mortars/shells/rockets", "n:shelling", "n:bombardment",
    "fire rocket/rockets/mortar/mortars/shell/shells at +", "fire shell/shells/bomb/bombs/grenade/grenades/mortar/rocket", "launch rockets/rocket/mortars"])
add("19-fight", "195", ["airstrike", "air-strike", "n:airstrike", "n:airstrikes", "n:air_strike", "n:air_strikes", "n:air_raid",
    "n:air_raids", "n:drone_strike", "n:drone_strikes", "n:missile_strike", "n:missile_attack", "n:missile_attacks",
    "n:strike", "n:strikes", "n:barrage", "bomb", "strafe", "conduct airstrike/airstrikes/strike/strikes",
    "carry_out airstrike/airstrikes/strike/strikes", "launch airstrike/airstrikes/strike/strikes/missiles/missile",
    "fire missile/missiles at +", "fire barrage", "fire barrage of_missiles", "fire missiles/missile", "fire ballistic_missiles"], "ASSAULT/aerial")
add("19-fight", "195", ["n:drone_attack", "n:drone_strike", "strike with drone/drones"], "ASSAULT/drone")
add("19-fight", "196", ["violate ceasefire/truce", "break ceasefire/truce", "breach ceasefire/truce", "n:ceasefire_violation"])

# ---------------------------------------------------------------- 20 mass violence
add("20-mass-violence", "200", ["massacre", "slaughter", "exterminate", "annihilate", "n:massacre", "n:massacres", "n:slaughter"])
add("20-mass-violence", "201", ["expel population", "deport population", "n:mass_expulsion", "n:mass_expulsions", "drive_out residents/population/villagers"])
add("20-mass-violence", "202", ["kill civilians", "massacre civilians", "slaughter civilians", "n:mass_killing", "n:mass_killings", "commit massacre"])
add("20-mass-violence", "203", ["n:ethnic_cleansing", "n:genocide", "commit genocide", "carry_out ethnic_cleansing"])
add("20-mass-violence", "204", ["use chemical_weapons", "use nuclear_weapons", "gas", "n:chemical_attack", "n:gas_attack", "n:nuclear_attack"])
add("20-mass-violence", "2041", ["use chemical_weapons/biological_weapons", "release nerve_gas/sarin/chlorine", "n:chemical_weapons_attack"])
add("20-mass-violence", "2042", ["detonate nuclear_weapon/nuclear_bomb", "drop nuclear_bomb", "n:nuclear_strike"])

# ---------------------------------------------------------------- discards: phrases that cancel coding (sports, games)
DISCARDS = ["world cup", "champions league", "premier league", "grand slam", "super bowl", "olympic games", "world series",
    "formula one", "davis cup", "tour de france", "box office", "video game", "chess match", "football match",
    "soccer match", "cricket match", "rugby match", "tennis match", "basketball game", "golf tournament", "nba", "nfl", "fifa"]

def main():
    os.makedirs(OUT, exist_ok=True)
    files = {}
    for file, pattern, code, plover, ctx in E:
        line = f"{pattern} | {code}"
        if plover or ctx:
            line += f" | {plover or ''}"
        if ctx:
            line += f" | {ctx}"
        files.setdefault(file, []).append(line)
    total = 0
    for file, lines in files.items():
        seen = []
        for l in lines:
            if l not in seen:
                seen.append(l)
        total += len(seen)
        with open(os.path.join(OUT, file + ".txt"), "w") as f:
            f.write(f"# Annalist built-in verb lexicon: {file}. Generated by tools/verb-lexicon/build.py from its own lists;\n")
            f.write("# format: docs/formats/verbs.md. pattern | CAMEO code [| PLOVER event[/mode] [| contexts]]\n")
            f.write("\n".join(seen) + "\n")
    with open(os.path.join(OUT, "99-discards.txt"), "w") as f:
        f.write("# Phrases that cancel coding of a sentence (sports and games). Written for Annalist.\n")
        f.write("\n".join(f"discard | {d}" for d in DISCARDS) + "\n")
    print(f"{total} entries in {len(files)} files")

if __name__ == "__main__":
    main()
