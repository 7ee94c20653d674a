// Words that end with a period without ending a sentence. Matched against the token before the
// period, without it: "Gen." → "Gen", "e.g." → "e.g".

/** Never end a sentence (titles, months, company suffixes, Latin abbreviations). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Titles and ranks
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Mme', 'Dr', 'Prof', 'Sr', 'Jr', 'St', 'Mt', 'Rev', 'Fr', 'Hon',
  'Gen', 'Gens', 'Col', 'Lt', 'Maj', 'Capt', 'Cmdr', 'Adm', 'Brig', 'Sgt', 'Cpl', 'Pvt', 'Gov',
  'Sen', 'Rep', 'Reps', 'Pres', 'Supt', 'Insp', 'Det', 'Amb', 'Ph.D',
  // Months
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  // Organisations and places
  'Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'Dept', 'Univ', 'Ave', 'Blvd',
  // Latin and other lower-case abbreviations
  'etc', 'vs', 'approx', 'cf', 'ca', 'al', 'viz', 'esp', 'incl', 'est',
]);

/** Abbreviations that do not end a sentence only when a number follows ("No. 5", "p. 3", "Vol. 2"). */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'No', 'no', 'Nos', 'nos', 'p', 'pp', 'Vol', 'vol', 'Fig', 'fig', 'Ch', 'ch', 'Art', 'art', 'Sec', 'sec', 'Para', 'para',
]);
