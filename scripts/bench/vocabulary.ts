// Word lists for the synthetic corpus. Wide enough that a 100,000-claim corpus has the spread of a real
// one (thousands of people, many places and bodies), so the index's postings are not unrealistically
// long or short. The outlets are invented; the places are real.

export const FIRST_NAMES = `Ana Pedro Maria José Elena Viktor Olga Sergei Irina Dmitri Carmen Luis Rosa Jorge Mónica Raúl Yolanda
Alejandro Natalia Pavel Svetlana Andrei Tatiana Nikolai Ekaterina Fidel Marta Osvaldo Lourdes Ernesto Camila Diego Valentina
Mateo Sofia Lucas Isabella Hugo Chloé Amir Leila Omar Fatima Kwame Amara Chen Wei Li Hiroshi Yuki Kenji Aiko Sanjay Priya Ravi
Ananya Jakub Zofia Tomasz Agnieszka Lars Ingrid Anders Freya Mehmet Ayşe Emre Zeynep Nikos Eleni Giorgos Katarina Marek Petra
Oleksandr Oksana Taras Halyna Bogdan Milena Stefan Dragana Thomas Claire Henri Juliette Samuel Grace Daniel Rachel Michael
Sarah David Laura Kofi Nadia Ibrahim Yasmin Tariq Layla Joaquín Gabriela Rodrigo Paola Ignacio Beatriz Arturo Julieta`.split(/\s+/);

export const LAST_NAMES = `Petrova Ivanov Smirnov Kuznetsova Popov Sokolov Lebedev Kozlov Novikova Morozov Volkov Pavlova García
Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz Cruz Morales Ortiz Gutiérrez
Castro Vargas Romero Herrera Medina Aguilar Milián Koronelli Boronat Fernández Álvarez Jiménez Ruiz Moreno Muñoz Navarro
Domínguez Vázquez Ramos Gil Serrano Blanco Molina Suárez Delgado Castillo Ortega Rubio Marín Sanz Iglesias Nuñez Garrido
Kowalski Nowak Wiśniewski Wójcik Novák Svoboda Dvořák Horvat Kovačević Petrović Jovanović Nikolić Shevchenko Bondarenko
Kovalenko Tkachenko Kravchenko Oliynyk Melnyk Yilmaz Kaya Demir Şahin Papadopoulos Georgiou Nakamura Tanaka Suzuki Watanabe
Wang Zhang Liu Chen Yang Huang Sharma Patel Singh Gupta Khan Haddad Mansour Nasser Okafor Mensah Diallo Traoré Keita Nkosi
Andersson Johansson Larsen Nielsen Müller Schmidt Schneider Fischer Weber Dubois Lefebvre Moreau Laurent Bernard Rossi Russo
Bianchi Romano Costa Silva Santos Oliveira Pereira Almeida Carvalho Brennan Walsh Murphy Kelly O'Brien Campbell Stewart`.split(/\s+/);

export interface Country {
  readonly name: string;
  readonly demonym: string;
  readonly capital: string;
  readonly cities: readonly string[];
}

export const COUNTRIES: readonly Country[] = [
  ['Cuba', 'Cuban', 'Havana', 'Santiago de Cuba, Camagüey, Holguín, Matanzas, Cienfuegos'],
  ['Russia', 'Russian', 'Moscow', 'Saint Petersburg, Kazan, Rostov-on-Don, Novosibirsk, Ryazan'],
  ['Ukraine', 'Ukrainian', 'Kyiv', 'Kharkiv, Odesa, Dnipro, Lviv, Zaporizhzhia'],
  ['Belarus', 'Belarusian', 'Minsk', 'Gomel, Brest, Vitebsk'],
  ['Kazakhstan', 'Kazakh', 'Astana', 'Almaty, Kostanay, Shymkent'],
  ['Serbia', 'Serbian', 'Belgrade', 'Novi Sad, Niš'],
  ['Venezuela', 'Venezuelan', 'Caracas', 'Maracaibo, Valencia, Barquisimeto'],
  ['Nicaragua', 'Nicaraguan', 'Managua', 'León, Granada'],
  ['Mexico', 'Mexican', 'Mexico City', 'Monterrey, Guadalajara, Tijuana, Cancún'],
  ['Colombia', 'Colombian', 'Bogotá', 'Medellín, Cali, Cartagena'],
  ['Brazil', 'Brazilian', 'Brasília', 'São Paulo, Rio de Janeiro, Salvador, Recife'],
  ['Argentina', 'Argentine', 'Buenos Aires', 'Córdoba, Rosario, Mendoza'],
  ['Chile', 'Chilean', 'Santiago', 'Valparaíso, Antofagasta'],
  ['Peru', 'Peruvian', 'Lima', 'Cusco, Arequipa'],
  ['Spain', 'Spanish', 'Madrid', 'Barcelona, Valencia, Seville, Bilbao'],
  ['France', 'French', 'Paris', 'Marseille, Lyon, Toulouse'],
  ['Germany', 'German', 'Berlin', 'Hamburg, Munich, Cologne, Frankfurt'],
  ['Poland', 'Polish', 'Warsaw', 'Kraków, Gdańsk, Wrocław'],
  ['Italy', 'Italian', 'Rome', 'Milan, Naples, Turin'],
  ['Britain', 'British', 'London', 'Manchester, Birmingham, Glasgow'],
  ['Turkey', 'Turkish', 'Ankara', 'Istanbul, Izmir, Antalya'],
  ['Greece', 'Greek', 'Athens', 'Thessaloniki, Patras'],
  ['China', 'Chinese', 'Beijing', 'Shanghai, Guangzhou, Shenzhen, Wuhan'],
  ['Japan', 'Japanese', 'Tokyo', 'Osaka, Yokohama, Sapporo'],
  ['India', 'Indian', 'New Delhi', 'Mumbai, Bangalore, Chennai, Kolkata'],
  ['Vietnam', 'Vietnamese', 'Hanoi', 'Ho Chi Minh City, Da Nang'],
  ['Iran', 'Iranian', 'Tehran', 'Isfahan, Mashhad'],
  ['Egypt', 'Egyptian', 'Cairo', 'Alexandria, Giza'],
  ['Nigeria', 'Nigerian', 'Abuja', 'Lagos, Kano, Ibadan'],
  ['Kenya', 'Kenyan', 'Nairobi', 'Mombasa, Kisumu'],
  ['South Africa', 'South African', 'Pretoria', 'Johannesburg, Cape Town, Durban'],
  ['Ghana', 'Ghanaian', 'Accra', 'Kumasi, Tamale'],
  ['Mali', 'Malian', 'Bamako', 'Timbuktu, Gao'],
  ['Syria', 'Syrian', 'Damascus', 'Aleppo, Homs, Latakia'],
  ['Georgia', 'Georgian', 'Tbilisi', 'Batumi, Kutaisi'],
  ['Armenia', 'Armenian', 'Yerevan', 'Gyumri'],
  ['Moldova', 'Moldovan', 'Chișinău', 'Bălți, Tiraspol'],
  ['Hungary', 'Hungarian', 'Budapest', 'Debrecen, Szeged'],
  ['Finland', 'Finnish', 'Helsinki', 'Tampere, Turku'],
  ['Canada', 'Canadian', 'Ottawa', 'Toronto, Montreal, Vancouver'],
  ['the United States', 'American', 'Washington', 'Miami, New York, Houston, Los Angeles'],
  ['Dominican Republic', 'Dominican', 'Santo Domingo', 'Santiago de los Caballeros, Punta Cana'],
  ['Haiti', 'Haitian', 'Port-au-Prince', 'Cap-Haïtien'],
  ['Bolivia', 'Bolivian', 'La Paz', 'Santa Cruz, Cochabamba'],
  ['Ecuador', 'Ecuadorian', 'Quito', 'Guayaquil, Cuenca'],
].map(([name, demonym, capital, cities]) => ({ name: name!, demonym: demonym!, capital: capital!, cities: cities!.split(', ') }));

export const OUTLETS = `The Harbor Ledger|Daily Meridian|El Faro Digital|The Caribbean Observer|Northern Courier|Radio Libre|
The Evening Dispatch|Gazeta Vostok|Atlantic Wire|Prensa Abierta|The Continental Review|Balkan Herald|Kyiv Monitor|
Havana Times Weekly|Pacific Chronicle|Sahel Post|The Baltic Sentinel|Andes Reporter|Levant Bulletin|Steppe News Agency|
Metro Tribune|The Civic Record|Open Society Journal|Frontline Daily|La Voz del Sur|The Morning Anchor|Eastern Bureau|
Global Affairs Brief|Port City Gazette|The Independent Signal|Danube Press|Rio Grande Sun|Orbit News Service|
The Observer of Record|Crónica Nacional|The Public Ledger|Sentinel Wire|Coastal Times|Highland Messenger|Delta Herald`
  .split('|').map((s) => s.trim());

export const BODIES = [
  'Ministry of Foreign Affairs', 'Ministry of Defence', 'Ministry of the Interior', 'Ministry of Health', 'Ministry of Finance',
  'Ministry of Tourism', 'Ministry of Energy', 'Ministry of Agriculture', 'Prosecutor General\'s Office', 'Central Bank',
  'National Statistics Office', 'Border Guard Service', 'Coast Guard', 'Supreme Court', 'Electoral Council', 'Red Cross society',
  'Chamber of Commerce', 'Federation of Trade Unions', 'Association of Tour Operators', 'National Police',
];

export const INTERNATIONAL = [
  'the United Nations', 'the World Bank', 'the International Monetary Fund', 'Amnesty International', 'Human Rights Watch',
  'the World Food Programme', 'the International Organization for Migration', 'the European Union', 'the Red Cross',
  'the World Health Organization', 'Transparency International', 'the Committee to Protect Journalists',
];

export const ROLES = [
  'foreign minister', 'defence minister', 'interior minister', 'health minister', 'finance minister', 'ambassador',
  'spokesperson for the foreign ministry', 'deputy prime minister', 'governor', 'mayor', 'prosecutor general', 'army colonel',
  'opposition leader', 'trade union leader', 'central bank governor', 'human rights lawyer', 'economist', 'analyst',
  'member of parliament', 'police chief',
];

/** Verb forms and the things each verb takes, with the synonyms a writer uses for the verb. */
export interface Action {
  readonly past: string;
  readonly base: string;
  readonly passive: string;
  readonly synonyms: readonly string[];
  readonly objects: readonly string[];
}

export const ACTIONS: readonly Action[] = [
  { past: 'arrested', base: 'arrest', passive: 'arrested', synonyms: ['detained', 'apprehended'], objects: ['people', 'migrants', 'smugglers', 'protesters', 'suspects', 'officials'] },
  { past: 'recruited', base: 'recruit', passive: 'recruited', synonyms: ['enlisted', 'hired'], objects: ['soldiers', 'volunteers', 'workers', 'young men', 'mercenaries', 'doctors'] },
  { past: 'deported', base: 'deport', passive: 'deported', synonyms: ['expelled', 'sent back'], objects: ['migrants', 'foreign workers', 'asylum seekers', 'people'] },
  { past: 'rescued', base: 'rescue', passive: 'rescued', synonyms: ['saved', 'pulled out'], objects: ['people', 'migrants', 'fishermen', 'children', 'tourists'] },
  { past: 'evacuated', base: 'evacuate', passive: 'evacuated', synonyms: ['moved out', 'relocated'], objects: ['residents', 'families', 'patients', 'children', 'people'] },
  { past: 'trained', base: 'train', passive: 'trained', synonyms: ['drilled', 'prepared'], objects: ['soldiers', 'officers', 'doctors', 'teachers', 'recruits'] },
  { past: 'seized', base: 'seize', passive: 'seized', synonyms: ['confiscated', 'impounded'], objects: ['passports', 'weapons', 'tons of cocaine', 'vehicles', 'boats'] },
  { past: 'vaccinated', base: 'vaccinate', passive: 'vaccinated', synonyms: ['immunised', 'inoculated'], objects: ['children', 'people', 'health workers', 'residents'] },
  { past: 'sent', base: 'send', passive: 'sent', synonyms: ['dispatched', 'shipped'], objects: ['soldiers', 'doctors', 'tons of rice', 'tons of oil', 'engineers', 'tractors'] },
  { past: 'built', base: 'build', passive: 'built', synonyms: ['constructed', 'erected'], objects: ['homes', 'schools', 'clinics', 'kilometres of road', 'bridges'] },
  { past: 'registered', base: 'register', passive: 'registered', synonyms: ['recorded', 'counted'], objects: ['tourists', 'voters', 'refugees', 'cases', 'complaints'] },
  { past: 'leaked', base: 'leak', passive: 'leaked', synonyms: ['published', 'posted'], objects: ['passports', 'documents', 'emails', 'contracts', 'photographs'] },
  { past: 'released', base: 'release', passive: 'released', synonyms: ['freed', 'let go'], objects: ['prisoners', 'detainees', 'hostages', 'journalists'] },
  { past: 'killed', base: 'kill', passive: 'killed', synonyms: ['left dead'], objects: ['people', 'soldiers', 'civilians', 'fighters'] },
];

export const PROJECTS = [
  'a power plant', 'a railway upgrade', 'a port expansion', 'food imports', 'a housing programme', 'hospital equipment',
  'a wind farm', 'oil deliveries', 'a water treatment plant', 'a fertiliser factory', 'bus purchases', 'a tourism campaign',
];

export const TOPICS = [
  'energy cooperation', 'migration', 'military cooperation', 'trade', 'tourism', 'debt relief', 'security', 'human trafficking',
  'food security', 'health care', 'education exchanges', 'fisheries', 'sanctions', 'election observation', 'nuclear power',
];

export const POPULATIONS = ['households', 'young people', 'workers', 'pensioners', 'students', 'farmers', 'voters', 'small businesses'];

export const CONDITIONS = [
  ['lacked running water', 'had no running water'],
  ['lived in poverty', 'lived below the poverty line'],
  ['supported the reform', 'backed the reform'],
  ['had emigrated', 'had left the country'],
  ['were unemployed', 'had no job'],
  ['owned a smartphone', 'had a smartphone'],
  ['reported power cuts', 'suffered blackouts'],
  ['planned to emigrate', 'intended to leave the country'],
] as const;

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const SAID = ['said', 'stated', 'announced', 'told reporters', 'reported'];

export const OPINIONS = [
  'Whether anyone in authority knew is the question that matters.',
  'This is a troubling pattern that deserves far more scrutiny than it has received.',
  'Few observers were surprised.',
  'The implications for the region are hard to overstate.',
  'Critics argue that the policy is misguided and will backfire.',
  'It is worth pausing on what this means for ordinary families.',
  'None of this happened in a vacuum.',
  'The official story raises more questions than it answers.',
  'Supporters see the move as pragmatic; opponents see it as cynical.',
  'What comes next is anyone\'s guess.',
  'The silence from the capital has been deafening.',
  'In the end, it is the details that tell the story.',
  'There is a simpler explanation, and it is not a flattering one.',
  'Readers may draw their own conclusions.',
  'That, at least, is how the government would like it to be seen.',
  'Is this the beginning of a new policy, or a one-off?',
  'The numbers alone do not capture the human cost.',
  'Nobody seems willing to take responsibility.',
];

export const TRANSITIONS = ['Meanwhile,', 'Separately,', 'Earlier,', 'Later,', 'At the same time,', 'By contrast,', 'According to officials,'];

export const EXTRA_QUOTE_SENTENCES = [
  'We will continue to work with our partners.',
  'The figures speak for themselves.',
  'This is only the beginning.',
  'We have nothing to hide.',
  'The investigation is ongoing.',
  'Our priority is the safety of our citizens.',
  'We call on the international community to act.',
  'There will be more details in the coming days.',
  'Nobody is above the law.',
  'The situation remains difficult.',
];

export const TAGS = [
  'migration', 'trade', 'security', 'military', 'diplomacy', 'economy', 'health', 'energy', 'human-rights', 'tourism', 'crime',
  'elections', 'sanctions', 'recruitment', 'numbers', 'official-statement', 'denial', 'aid', 'infrastructure', 'justice',
];
