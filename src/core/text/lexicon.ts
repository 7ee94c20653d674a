// Word lists the matcher needs: function words to ignore, demonyms to fold into places,
// and synonyms reporters use for the same act. Kept small and general, not tuned to one corpus.

/** A Map from an object literal: lookups by arbitrary words must not hit Object.prototype ("constructor"). */
function mapOf<V = string>(record: Record<string, V>): ReadonlyMap<string, V> {
  return new Map(Object.entries(record));
}

/** Function words and reporting filler that say nothing about which fact a sentence states. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the and or but nor so yet of to in on at by for from with without within into onto over under about
  as than then that this these those there here it its it's he she they them their his her him we our you your i me my
  is are was were be been being am has have had having do does did doing will would shall should can could may might must
  which who whom whose what when where why how also too very just only even still already ever
  not no never none n't
  said says say saying told tells tell stated states state statement according reported reports report reportedly reporters
  claimed claims claim announced announce added adds noted notes explained
  mr mrs ms dr according per via s one's
  all any some such other another each both more most much many few several own same
  roughly approximately nearly almost around estimated least fewer less precisely exactly between among during since until
  country countries
  monday tuesday wednesday thursday friday saturday sunday january february april june july august september october november december
  jan feb apr jun jul aug sep sept oct nov dec`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that must not be dropped as stop words when judging polarity or quantity,
 * even though STOP_WORDS holds some of them for retrieval.
 */
export const NEGATORS: ReadonlySet<string> = new Set(['not', 'no', 'never', "n't", 'none', 'neither', 'nor', 'nobody', 'nothing', 'cannot']);

/**
 * Demonyms and adjectives folded into the place they name: "Cuban" and "Cuba" are one term. The
 * places themselves are terms as written (terms.ts keeps a name in PLACES unstemmed), so "Ukraine"
 * and "Ukrainian" meet. Most of the world's states, for corpora beyond one beat. Some also mean
 * something else ("polish", "Indian", "Georgian", "English" the language): as terms they only meet
 * the place's name, which is how news copy mostly uses them.
 */
export const DEMONYMS: ReadonlyMap<string, string> = mapOf({
  cuban: 'cuba', cubans: 'cuba',
  russian: 'russia', russians: 'russia',
  ukrainian: 'ukraine', ukrainians: 'ukraine',
  american: 'america', americans: 'america',
  belarusian: 'belarus', belarussian: 'belarus', belarusians: 'belarus',
  kazakh: 'kazakhstan', kazakhs: 'kazakhstan',
  serbian: 'serbia', serbs: 'serbia', serb: 'serbia', serbians: 'serbia',
  european: 'europe', europeans: 'europe',
  venezuelan: 'venezuela', venezuelans: 'venezuela',
  chinese: 'china', polish: 'poland', poles: 'poland', british: 'britain', briton: 'britain', britons: 'britain',
  french: 'france', german: 'germany', germans: 'germany',
  soviet: 'ussr', kremlin: 'russia', muscovite: 'moscow', havanan: 'havana',
  ...demonymsOf({
    afghanistan: 'afghan', albania: 'albanian', algeria: 'algerian', angola: 'angolan', argentina: 'argentine argentinian', armenia: 'armenian',
    australia: 'australian', austria: 'austrian', azerbaijan: 'azerbaijani azeri', bangladesh: 'bangladeshi', belgium: 'belgian',
    bolivia: 'bolivian', bosnia: 'bosnian', brazil: 'brazilian', bulgaria: 'bulgarian', cambodia: 'cambodian', cameroon: 'cameroonian',
    canada: 'canadian', chile: 'chilean', colombia: 'colombian', croatia: 'croatian croat', denmark: 'danish dane', ecuador: 'ecuadorian ecuadorean',
    egypt: 'egyptian', estonia: 'estonian', ethiopia: 'ethiopian', finland: 'finnish finn', georgia: 'georgian', ghana: 'ghanaian', greece: 'greek',
    guatemala: 'guatemalan', haiti: 'haitian', honduras: 'honduran', hungary: 'hungarian', iceland: 'icelandic icelander', india: 'indian',
    indonesia: 'indonesian', iran: 'iranian', iraq: 'iraqi', ireland: 'irish', israel: 'israeli', italy: 'italian', jamaica: 'jamaican',
    japan: 'japanese', jordan: 'jordanian', kenya: 'kenyan', korea: 'korean', kuwait: 'kuwaiti', kyrgyzstan: 'kyrgyz', latvia: 'latvian',
    lebanon: 'lebanese', libya: 'libyan', lithuania: 'lithuanian', malaysia: 'malaysian', mali: 'malian', mexico: 'mexican', moldova: 'moldovan',
    mongolia: 'mongolian', morocco: 'moroccan', mozambique: 'mozambican', nepal: 'nepali nepalese', netherlands: 'dutch', nicaragua: 'nicaraguan',
    nigeria: 'nigerian', norway: 'norwegian', pakistan: 'pakistani', palestine: 'palestinian', panama: 'panamanian', paraguay: 'paraguayan',
    peru: 'peruvian', philippines: 'filipino philippine', portugal: 'portuguese', qatar: 'qatari', romania: 'romanian', rwanda: 'rwandan',
    salvador: 'salvadoran salvadorean', senegal: 'senegalese', singapore: 'singaporean', slovakia: 'slovak slovakian', slovenia: 'slovenian slovene',
    somalia: 'somali', spain: 'spanish spaniard', sudan: 'sudanese', sweden: 'swedish swede', switzerland: 'swiss', syria: 'syrian',
    taiwan: 'taiwanese', tajikistan: 'tajik', tanzania: 'tanzanian', thailand: 'thai', tunisia: 'tunisian', turkey: 'turkish turk',
    turkmenistan: 'turkmen', uganda: 'ugandan', uruguay: 'uruguayan', uzbekistan: 'uzbek', vietnam: 'vietnamese', yemen: 'yemeni',
    zambia: 'zambian', zimbabwe: 'zimbabwean', england: 'english', scotland: 'scottish scot', wales: 'welsh', africa: 'african', asia: 'asian',
  }),
});

/** Demonym → place for each place's space-separated demonyms, with the plural of those that take one ("Brazilians"). */
function demonymsOf(byPlace: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [place, names] of Object.entries(byPlace)) {
    for (const name of names.split(' ')) {
      out[name] = place;
      // -ese, -ish, -ch and -ss words take no plural ("the Japanese", "the Swiss").
      if (!/(ese|ish|ch|ss)$/.test(name)) out[`${name}s`] = place;
    }
  }
  return out;
}

/** The places demonyms name: terms as written, never stemmed, so a place and its demonym are one term. */
export const PLACES: ReadonlySet<string> = new Set(DEMONYMS.values());

/**
 * Synonym classes, each folded to its first word. Only words that reporters use interchangeably
 * for the same act or thing in news copy; each class is a list of stems' surface forms.
 */
export const SYNONYM_CLASSES: readonly (readonly string[])[] = [
  ['arrest', 'detain', 'detention', 'apprehend', 'arrests', 'detained', 'detentions'],
  ['recruit', 'enlist', 'hire', 'recruitment', 'enlistment', 'hiring', 'recruiter', 'conscript', 'join'],
  ['mercenary', 'mercenaries', 'mercenarism', 'soldier-for-hire'],
  ['soldier', 'troop', 'fighter', 'serviceman', 'combatant'],
  ['military', 'army', 'armed'],
  ['fight', 'combat', 'battle', 'war', 'fighting', 'conflict', 'invasion'],
  ['minister', 'ministry', 'ministers'],
  ['visit', 'travel', 'trip', 'went'],
  ['dismantle', 'uncover', 'bust', 'break', 'crack', 'expose', 'disrupt'],
  ['network', 'ring', 'scheme', 'operation', 'group'],
  ['traffick', 'traffic', 'trafficking', 'smuggle', 'smuggling'],
  ['passport', 'passports'],
  ['leak', 'publish', 'obtain', 'post'],
  ['hacker', 'hack', 'hacking'],
  ['ad', 'advert', 'advertisement', 'advertise', 'posting', 'listing'],
  ['member', 'membership', 'follower', 'user'],
  ['tourist', 'visitor', 'holidaymaker', 'tourism'],
  ['fund', 'funding', 'financing', 'finance', 'aid', 'assistance', 'money'],
  ['debt', 'loan'],
  ['ton', 'tonne', 'tonnes', 'tons'],
  ['information', 'news', 'updates'],
  ['total', 'amount', 'reach', 'tally'],
  ['send', 'dispatch', 'ship', 'deploy', 'transfer', 'transport'],
  ['promise', 'pledge', 'vow'],
  ['warn', 'caution'],
  ['sign', 'ink'],
  ['official', 'officer', 'functionary'],
  ['large', 'big', 'major', 'huge'],
  ['severe', 'harsh', 'harshest', 'tough', 'toughest', 'stiff', 'strict'],
  ['silent', 'silence', 'quiet', 'mum'],
  ['mention', 'refer', 'reference', 'cite'],
  ['name', 'identify', 'identity', 'disclose', 'reveal', 'unmask'],
  ['ceremony', 'event', 'act', 'function'],
  ['statement', 'communique', 'release', 'declaration'],
  ['talk', 'meeting', 'meet', 'discussion', 'talks', 'met'],
  ['agreement', 'memorandum', 'deal', 'pact', 'accord'],
  ['ally', 'alliance', 'partner', 'allies'],
  ['imprison', 'prison', 'imprisonment', 'jail', 'incarceration', 'bars', 'behind-bars'],
  ['beat', 'beaten', 'beating', 'assault'],
  ['threaten', 'threat', 'intimidate'],
  ['spokesperson', 'spokesman', 'spokeswoman', 'spokesmen'],
  ['attache', 'attaché'],
  ['ambassador', 'envoy', 'emissary'],
  ['government', 'regime', 'authorities', 'administration'],
  ['citizen', 'people', 'men', 'individuals', 'persons'],
  ['order', 'instruct', 'command', 'direct', 'decree'],
  ['increase', 'expand', 'boost', 'raise', 'grow', 'enlarge'],
  ['trade', 'exchange', 'commerce', 'commercial'],
  ['donation', 'donate', 'gift', 'shipment', 'deliver', 'delivery'],
  ['contract', 'agreement-to-serve'],
  ['intelligence', 'spy', 'spies'],
  ['punish', 'punishment', 'penalty', 'sanction', 'prosecute', 'prosecution', 'charge', 'criminal', 'proceedings'],
  ['train', 'training', 'drill'],
  ['citizenship', 'nationality', 'passport-holder'],
  ['flight', 'flights', 'air'],
  ['video', 'footage', 'clip', 'recording'],
  ['kill', 'death', 'die', 'casualty', 'loss', 'losses'],
  ['young', 'youth', 'teenage', 'teen', 'teenager'],
];

/**
 * Antonym classes for polarity: a sentence using a word from one side while the claim uses the other
 * says the opposite. `negative` words also count as a negation of the clause they head.
 */
export const POLARITY_WORDS: ReadonlyMap<string, 1 | -1> = mapOf<1 | -1>({
  deny: -1, denied: -1, denies: -1, denial: -1, denials: -1, denying: -1,
  reject: -1, rejected: -1, rejects: -1, rejection: -1,
  refute: -1, refuted: -1, dismiss: -1, dismissed: -1, repudiate: -1, repudiated: -1,
  refuse: -1, refused: -1, refuses: -1, declined: -1, decline: -1,
  false: -1, untrue: -1, baseless: -1, fake: -1,
  oppose: -1, opposes: -1, opposed: -1, condemn: -1, condemned: -1, condemns: -1,
  contradict: -1, contradicted: -1, contradicts: -1, contradicting: -1, rejecting: -1, refuting: -1, disputing: -1, disputed: -1, dispute: -1, disputes: -1, challenged: -1,
  prohibit: -1, prohibited: -1, prohibits: -1, ban: -1, banned: -1, bans: -1, forbid: -1, forbidden: -1, illegal: -1,
  abstain: -1, abstained: -1, abstains: -1, abstention: -1,
  unaware: -1, ignored: -1, omitted: -1, lenient: -1, leniency: -1,
  // Words that carry their own "no": "were unemployed" says what "had no job" says, "lacked water" what "had no water" says.
  lack: -1, lacks: -1, lacked: -1, lacking: -1, without: -1, unemployed: -1, jobless: -1, homeless: -1, unable: -1, unpaid: -1,
  confirm: 1, confirmed: 1, confirms: 1, confirmation: 1,
  admit: 1, admitted: 1, admits: 1, acknowledge: 1, acknowledged: 1, acknowledges: 1, conceded: 1, concede: 1,
  accept: 1, accepted: 1, accepts: 1, endorse: 1, endorsed: 1, approve: 1, approved: 1, welcomed: 1, welcome: 1,
  support: 1, supports: 1, supported: 1, favour: 1, favor: 1,
  allow: 1, allowed: 1, allows: 1, permit: 1, permitted: 1, legal: 1, authorized: 1, authorised: 1,
  true: 1, aware: 1, backed: 1, corroborated: 1, verified: 1,
});

/** Verbs and nouns of change whose direction matters: "increase" against "reduce". */
export const DIRECTION_WORDS: ReadonlyMap<string, 1 | -1> = mapOf<1 | -1>({
  increase: 1, increased: 1, increases: 1, increasing: 1, raise: 1, raised: 1, boost: 1, boosted: 1, expand: 1, expanded: 1,
  grow: 1, grew: 1, rise: 1, rose: 1, more: 1, strengthen: 1, strengthened: 1, strengthening: 1, tighter: 1, closer: 1, deepen: 1, deepened: 1,
  reduce: -1, reduced: -1, reduces: -1, reducing: -1, cut: -1, cuts: -1, decrease: -1, decreased: -1, lower: -1, lowered: -1,
  shrink: -1, shrank: -1, fall: -1, fell: -1, drop: -1, dropped: -1, weaken: -1, weakened: -1, loosen: -1, looser: -1, halve: -1, halved: -1,
});

/** Two-word phrases that carry polarity or direction where their words alone do not. */
export const POLARITY_PHRASES: ReadonlyMap<string, { polarity?: 1 | -1; direction?: 1 | -1 }> = mapOf<{ polarity?: 1 | -1; direction?: 1 | -1 }>({
  'yet to': { polarity: -1 }, 'without the': { polarity: -1 }, 'without their': { polarity: -1 }, 'without its': { polarity: -1 }, 'without any': { polarity: -1 }, 'without his': { polarity: -1 }, 'turned down': { polarity: -1 }, 'played down': { polarity: -1 },
  'scale back': { direction: -1 }, 'scaled back': { direction: -1 }, 'cut back': { direction: -1 }, 'wind down': { direction: -1 },
  'step up': { direction: 1 }, 'stepped up': { direction: 1 }, 'ramp up': { direction: 1 }, 'ramped up': { direction: 1 },
});

/**
 * Other names for the same actor: a capital for its state ("Moscow" for Russia), as news copy uses them.
 * Used when deciding whether a sentence names a different actor from a claim.
 */
export const ALIASES: ReadonlyMap<string, string> = mapOf({
  moscow: 'russia', kremlin: 'russia', havana: 'cuba', kyiv: 'ukraine', kiev: 'ukraine', washington: 'america', minsk: 'belarus', astana: 'kazakhstan', belgrade: 'serbia',
});

/** Titles and institutional words that are capitalised in names but are not themselves actors. */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  `minister ministry foreign defence defense president vice first deputy general colonel major lieutenant captain army corps
  secretary council committee state duma government regime revolutionary armed forces force military navy air attaché attache
  embassy ambassador chairman chair head spokesperson office prosecutor's prosecutor region federal federation assembly parliament
  lower house republic security international affairs mr mrs ms dr gen col maj lt sen rep gov internal interior communist party
  agency association union club organization organisation world food program programme the`.split(/\s+/).filter(Boolean),
);

/**
 * Pairs of opposite stances: a sentence using one side where the claim uses the other (and not the
 * first) says the opposite, whatever negations each holds. Folded surface words.
 */
export const ANTONYM_PAIRS: readonly (readonly [ReadonlySet<string>, ReadonlySet<string>])[] = ([
  [['legal', 'lawful', 'permitted', 'allowed', 'tolerated', 'tolerates', 'tolerate', 'condoned', 'acceptable', 'welcomed', 'welcomes'],
    ['illegal', 'unlawful', 'crime', 'criminal', 'offence', 'offense', 'prohibited', 'prohibits', 'banned', 'bans', 'forbidden', 'against', 'opposes', 'opposed', 'outlawed']],
  [['favour', 'favor', 'support', 'supported', 'backed', 'endorsed'], ['abstain', 'abstained', 'abstains', 'abstention', 'opposed', 'rejected', 'against']],
  [['severe', 'severest', 'harsh', 'harshest', 'tough', 'toughest', 'strict', 'stiff'], ['lenient', 'mild', 'light', 'soft', 'leniency', 'clemency', 'amnesty']],
  [['public', 'publicly', 'openly'], ['secret', 'secretly', 'covert', 'covertly', 'clandestine', 'hidden', 'undisclosed']],
  [['knew', 'aware', 'knowledge', 'informed'], ['unaware', 'ignorant', 'unknowingly', 'oblivious']],
  [['success', 'successful', 'succeeded', 'won', 'win'], ['failure', 'failed', 'fail', 'lost', 'lose']],
  [['agree', 'agreed', 'accepted', 'accepts'], ['refused', 'refuses', 'declined', 'disagreed', 'rejected']],
  [['mentioned', 'named', 'cited', 'referred', 'identified', 'disclosed', 'revealed'], ['omitted', 'ignored', 'withheld', 'concealed']],
  [['contact', 'touch', 'communication'], ['silence', 'silent', 'unreachable', 'incommunicado']],
  [['voluntarily', 'volunteered', 'volunteer', 'willingly'], ['forced', 'coerced', 'conscripted', 'compelled', 'tricked', 'deceived']],
] as const).map(([a, b]) => [new Set<string>(a), new Set<string>(b)] as const);
