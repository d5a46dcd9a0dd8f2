import type { RuleFinding } from '../finding';
import type { Rule } from './rule';
import { quote } from './shared';

/** Upper-case words that are abbreviations, not shouting. */
const ACRONYMS = new Set(
  `API APIS AWS AZURE GCP SQL NOSQL ETL ELT KPI KPIS OKR OKRS ROI CEO CTO CFO COO CIO CMO CPO CHRO VP SVP EVP HR PM PMS QA UX UI IT AI ML NLP LLM LLMS BI CRM ERP SEO SEM PR MBA PHD BA BS BSC MS MSC MA GPA USA US UK EU UAE NYC SF LA DC EMEA APAC NA LATAM GPU CPU CSS HTML JSON XML YAML REST GRPC SDK CI CD CLI OS IOS PDF CSV XLS USD EUR GBP LLC INC LTD PLC NASA NATO FAQ OK AM PM EST EDT PST PDT CST CDT GMT UTC CET ID SSO SAAS PAAS IAAS B2B B2C D2C DEI ESG SOC HIPAA GDPR ISO IEEE ACM PMP CPA CFA SHRM SCRUM SAFE JS TS PHP JVM SPA DNS VPN LAN WAN IP TCP HTTP HTTPS URL URLS SMS MVP POC RFP RFQ SLA SLAS QBR NPS CAC LTV ARR MRR GTM P&L FP&A R&D IPO ATS CV CVS AB NHS DOD DOE FDA EPA IRS SEC WHO UN NGO`.split(' '),
);

/**
 * Ordinary words people write in capitals for emphasis: intensifiers, feelings, wants and the
 * little words of a sentence. Anything else in capitals is taken for an acronym, a certification
 * or a code (ACCA, CDCES, PICU, OSHA, TIPS), known or not, and left alone.
 */
const EMPHATIC = new Set(
  `so no not never ever all any every each only just still even much more most very really truly highly deeply extremely absolutely totally completely entirely
  definitely certainly seriously honestly genuinely incredibly super quite such too utterly hugely tremendously immensely massively exactly precisely particularly especially
  love loved loving like liked hope hoping hoped need needed needs want wanted wants wish must please thank thanks grateful thankful appreciate appreciated
  excited exciting thrilled delighted happy glad eager keen passionate enthusiastic motivated committed dedicated determined ready available interested inspired impressed
  amazing awesome great perfect best better ideal incredible fantastic wonderful brilliant outstanding excellent huge big important urgent critical essential vital
  now today immediately soon right fast quickly asap yes sure true real dream fit match everything anything nothing always forever again
  i me my we our us you your it this that the a an and or but for with to of in on at is am are was were be been will would can could should do did does have has had
  am feel felt know knew think thought believe sure promise guarantee`.split(/\s+/),
);

const CAPS_WORD = /\b[A-Z][A-Z’']*[A-Z]\b/g;
const PUNCTUATION = /[!?]*(?:!!|\?!|!\?)[!?]*/g;

/** True for an ordinary word in capitals: an emphatic word, or an adverb ("GENUINELY"). */
function isEmphatic(upper: string): boolean {
  const lower = upper.toLowerCase().replace(/[’']s$/, '');
  return EMPHATIC.has(lower) || /^[a-z]{3,}ly$/.test(lower);
}

/** Capitals and stacked punctuation read as shouting (DOMAIN.md §1). */
export const shouting: Rule = {
  id: 'shouting',
  defaultSeverity: 'warning',
  description: 'Ordinary words in ALL CAPS for emphasis (not acronyms or codes), or runs of !! and ?!.',
  check: (context) => {
    const { draft, prose, config } = context;
    const names = new Set(
      [draft.fields.company, draft.fields.role, ...draft.fields.interviewers]
        .flatMap((name) => (name ?? '').split(/\s+/))
        .map((word) => word.toUpperCase()),
    );
    const findings: RuleFinding[] = [];
    // Whether the line of a word has a small letter, read once per line.
    let line = { start: -1, end: -1, lower: false };
    const lineHasLowerCase = (span: { start: number; end: number }) => {
      if (span.start < line.start || span.start > line.end) {
        const start = draft.text.lastIndexOf('\n', span.start - 1) + 1;
        const end = draft.text.indexOf('\n', span.end) === -1 ? draft.text.length : draft.text.indexOf('\n', span.end);
        line = { start, end, lower: /\p{Ll}/u.test(draft.text.slice(start, end)) };
      }
      return line.lower;
    };
    for (const span of prose.find(CAPS_WORD)) {
      const word = draft.text.slice(span.start, span.end);
      const upper = word.replace(/[’']S$/, '');
      if (ACRONYMS.has(upper) || names.has(upper) || config.spellingWords.has(word.toLowerCase()) || prose.onName(span)) continue;
      if (!isEmphatic(upper) || (upper.length <= 2 && !/^(?:SO|NO|MY|ME|WE)$/.test(upper))) continue;
      // A heading or a line of capitals ("NOTES FOR THE CALL") is a label, not a raised voice.
      if (!lineHasLowerCase(span)) continue;
      const lower = word.toLowerCase();
      findings.push({
        span,
        message: `${quote(context, span)} in capitals reads as shouting; write it in lower case and let the words carry the emphasis.`,
        fixes: [{ title: `Write “${lower}”`, edits: [{ span, text: lower }], safe: true }],
      });
    }
    for (const span of prose.find(PUNCTUATION)) {
      findings.push({
        span,
        message: `${quote(context, span)} reads as shouting; end the sentence with a single mark.`,
        fixes: [{ title: 'Use a single mark', edits: [{ span, text: draft.text[span.start] === '?' ? '?' : '!' }], safe: true }],
      });
    }
    return findings.sort((a, b) => a.span.start - b.span.start);
  },
};
