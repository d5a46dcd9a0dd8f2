import type { RuleFinding } from '../finding';
import type { Rule } from './rule';
import { quote } from './shared';

/** Upper-case words that are abbreviations, not shouting. */
const ACRONYMS = new Set(
  `API APIS AWS AZURE GCP SQL NOSQL ETL ELT KPI KPIS OKR OKRS ROI CEO CTO CFO COO CIO CMO CPO CHRO VP SVP EVP HR PM PMS QA UX UI IT AI ML NLP LLM LLMS BI CRM ERP SEO SEM PR MBA PHD BA BS BSC MS MSC MA GPA USA US UK EU UAE NYC SF LA DC EMEA APAC NA LATAM GPU CPU CSS HTML JSON XML YAML REST GRPC SDK CI CD CLI OS IOS PDF CSV XLS USD EUR GBP LLC INC LTD PLC NASA NATO FAQ OK AM PM EST EDT PST PDT CST CDT GMT UTC CET ID SSO SAAS PAAS IAAS B2B B2C D2C DEI ESG SOC HIPAA GDPR ISO IEEE ACM PMP CPA CFA SHRM SCRUM SAFE JS TS PHP JVM SPA DNS VPN LAN WAN IP TCP HTTP HTTPS URL URLS SMS MVP POC RFP RFQ SLA SLAS QBR NPS CAC LTV ARR MRR GTM P&L FP&A R&D IPO ATS CV CVS AB NHS DOD DOE FDA EPA IRS SEC WHO UN NGO`.split(' '),
);

/** Short upper-case words that are plain English, so they are shouting. */
const EMPHATIC = new Set('SO NO NOT ALL ANY YES WOW AND THE YOU FOR BUT CAN HOW WHY NOW BIG MY ME WE OUR ARE WAS VERY MUCH MOST BEST LOVE NEED WANT HOPE'.split(' '));

const CAPS_WORD = /\b[A-Z][A-Z’']*[A-Z]\b/g;
const PUNCTUATION = /[!?]*(?:!!|\?!|!\?)[!?]*/g;

/** Capitals and stacked punctuation read as shouting (DOMAIN.md §1). */
export const shouting: Rule = {
  id: 'shouting',
  defaultSeverity: 'warning',
  description: 'Words in ALL CAPS (not acronyms) or runs of !! and ?!.',
  check: (context) => {
    const { draft, prose, config } = context;
    const names = new Set(
      [draft.fields.company, draft.fields.role, ...draft.fields.interviewers]
        .flatMap((name) => (name ?? '').split(/\s+/))
        .map((word) => word.toUpperCase()),
    );
    const findings: RuleFinding[] = [];
    for (const span of prose.find(CAPS_WORD)) {
      const word = draft.text.slice(span.start, span.end);
      const upper = word.replace(/[’']S$/, '');
      if (ACRONYMS.has(upper) || names.has(upper) || config.spellingWords.has(word.toLowerCase())) continue;
      if (upper === 'TODO' || upper === 'XXX' || upper === 'TBD' || upper === 'ASAP') continue;
      if (upper.length <= 3 && !EMPHATIC.has(upper)) continue;
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
