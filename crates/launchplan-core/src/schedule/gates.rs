//! Decision points wherever a plan states them: its decision blocks, and the checklist items
//! that are gates ("Go/no-go for phase 2", "Code freeze (Feb 15)", "Security sign-off"). A gate
//! item stays a tickable item; ticking it is taking the gate.

use crate::plan::{Block, NodeId, NodeRef, Plan};
use chrono::NaiveDate;

/// One decision point of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gate<'a> {
    pub id: &'a NodeId,
    pub title: &'a str,
    pub date: Option<NaiveDate>,
    /// Decided (a decision block's recorded outcome) or ticked (a gate item).
    pub taken: bool,
    /// What the plan asks for before it, when it says.
    pub criteria: Option<&'a str>,
}

/// "Last day to accept or turn down talks", "Accept or reject the workshop proposals": a
/// programme's verdict on what was submitted, a decision (not "Invitations (accept or
/// decline)", a feature, nor "Accept / Reject button").
fn judges_submissions(text: &str) -> bool {
    // (Words joined by single spaces, looked up as text: small in the main module.)
    let mut words = String::with_capacity(text.len() + 1);
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        words.push(' ');
        words.push_str(&word.to_lowercase());
    }
    words.push(' ');
    [" accept or reject ", " accept or decline ", " accept or turn down ", " accept reject "]
        .iter()
        .any(|verdict| {
            words.match_indices(verdict).any(|(at, _)| {
                // The thing judged, right after the verdict or after its adjective ("the
                // workshop proposals").
                let rest = &words[at + verdict.len()..];
                let rest = ["the ", "all ", "every ", "each "]
                    .iter()
                    .find_map(|w| rest.strip_prefix(w))
                    .unwrap_or(rest);
                rest.split(' ').take(2).any(|w| {
                    !w.is_empty()
                        && " talks proposals papers submissions abstracts applications applicants bids speakers sessions workshops posters entries candidates "
                            .contains(&format!(" {w} "))
                })
            })
        })
}

/// Whether `word` (a slice of `text`) is "approval" naming a document a submission carries
/// ("Submission of the proposal with its signed approval sheet", "Submit the approval form"),
/// not an approval to give.
fn approval_document(text: &str, word: &str) -> bool {
    if !word.eq_ignore_ascii_case("approval") {
        return false;
    }
    let start = word.as_ptr() as usize - text.as_ptr() as usize;
    let after = text[start + word.len()..].trim_start().to_ascii_lowercase();
    // (Carried by a submission: "… with its approval sheet", "Submit the approval form"; not
    // "Budget approval form signed by the CFO", an approval given.)
    let before = text[..start].to_ascii_lowercase();
    let carried = before.contains(" with ")
        || ["submi", "attach", "send ", "upload", "hand in", "include"]
            .iter()
            .any(|w| before.trim_start().starts_with(w));
    carried
        && ["sheet", "form", "letter", "slip", "page", "template"]
            .iter()
            .any(|d| after.starts_with(d))
}

/// Whether a checklist item's text names a gate: a go/no-go, a gate, a freeze, a sign-off or
/// approval (German "Freigabe", "Abnahme"), a readiness review or checkpoint, or a decision
/// ("… decision", "Decide …").
pub fn is_gate(text: &str) -> bool {
    if !text.is_ascii() && names_gate_in_other_languages(text) {
        return true;
    }
    if text.contains("ccept") && judges_submissions(text) {
        return true;
    }
    if locks_a_part(text) {
        return true;
    }
    if text.contains("pproved") && records_an_approval(text) {
        return true;
    }
    if last_day_into_the_release(text) {
        return true;
    }
    // Word by word, ASCII only, without allocating: it runs for every item on every change.
    // "Go/No-Go" is the words go, no, go; the last two words are kept for the phrases.
    let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    let (mut before, mut last) = ("", "");
    // "Decision" names a decision point unless the next word makes it a tool for deciding
    // ("Rollback decision matrix", "decision tree").
    let mut decision = false;

    // A gate named after "since", "after", "before", "during"… is what the line refers to, not
    // what it is ("Fast-forward the branch (everything merged since the code freeze)", "Before
    // the Code Freeze").
    for (at, word) in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .enumerate()
    {
        // "Decide the app's name", "Decide pricing for teams": a decision to take; Italian
        // "Decisione finale: …", Esperanto "Decido iri/ne iri" (the go/no-go decision); "Elect
        // the Chair who starts in January", a vote to hold (not "Electrical check", "Elected
        // officials' briefing").
        if at == 0
            && ["decide", "decisione", "decido", "elect"]
                .iter()
                .any(|w| same(word, w))
        {
            return true;
        }
        // "Re-ratify the charter", "Members ratify the budget", "Charter ratification": a
        // body's formal approval, as "approved by the board" is; the line's verb or its last
        // word (not "Print the ratification ballots").
        if word.get(..5).is_some_and(|w| same(w, "ratif"))
            && (at <= 1
                || word.as_ptr() as usize + word.len()
                    == text.as_ptr() as usize
                        + text
                            .trim_end_matches(|c: char| !c.is_ascii_alphanumeric())
                            .len())
        {
            return true;
        }
        // "Pick a shutdown date", "Choose the launch date": the launch's day to decide (not
        // "Choose the dates", "Pick the date and the theme", steps of a plan).
        if at == 0 && ["pick", "choose"].iter().any(|w| same(word, w)) {
            let lower = text.to_ascii_lowercase();
            let words: Vec<&str> = lower
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                .filter(|w| !w.is_empty())
                .collect();
            let events = [
                "launch",
                "release",
                "go-live",
                "cutover",
                "shutdown",
                "switch-off",
            ];
            if words
                .windows(2)
                .any(|w| events.contains(&w[0]) && w[1] == "date")
            {
                return true;
            }
        }
        // "Approve the launch brief", "Approve the public call-out text": an approval to give
        // (not "Approve and merge", "Approve the PR", steps of a code review).
        if at == 0 && same(word, "approve") {
            let lower = text.to_ascii_lowercase();
            // ("PR" and "MR" as words: "the one-line promise" asks for no merge request.)
            let review = ["merge", "pull request", "changes", "deploy"]
                .iter()
                .any(|w| lower.contains(w))
                || names_pr_or_mr(&lower);
            if !review && text.split_whitespace().count() > 1 {
                return true;
            }
        }
        if decision
            && !["matrix", "tree", "table", "framework", "log"]
                .iter()
                .any(|w| same(word, w))
        {
            return true;
        }
        if [
            "since",
            "after",
            "before",
            "during",
            "until",
            "till",
            "through",
            "throughout",
        ]
        .iter()
        .any(|w| same(word, w))
        {
            return false;
        }
        let phrase = |a: &str, b: &str| same(last, a) && same(word, b);
        if [
            "gate",
            "freeze",
            "freezes",
            "signoff",
            "signoffs",
            "checkpoint",
            "approval",
            "freigabe",
            "freigeben",
            "genehmigung",
            "genehmigen",
            "abnahme",
            "congelamiento",
            "congelamento",
            "approbation",
            "approvazione",
            "entscheidung",
            // Polish and Dutch: approval, decision.
            "zatwierdzenie",
            "decyzja",
            "goedkeuring",
            "besluit",
            // Norwegian, Danish and Swedish: approve, approval, decision; Indonesian: decision,
            // approval; Portuguese, Spanish and Italian: to approve.
            "godkjenn",
            "godkjenne",
            "godkjenning",
            "godkend",
            "godkende",
            "godkendelse",
            "beslutning",
            "beslut",
            "keputusan",
            "persetujuan",
            // Indonesian: a freeze ("Pembekuan string", "Pembekuan repositori").
            "pembekuan",
            "aprovar",
            "aprobar",
            "approvare",
            // Croatian, Serbian and Slovenian approval; Estonian decision.
            "odobrenje",
            "odobritev",
            "otsus",
            // Bosnian, Croatian and Serbian: a gate ("Izlazna kapija faze").
            "kapija",
            // Romanian: approval ("Aprobare calendar", "Aprobarea bugetului").
            "aprobare",
            "aprobarea",
        ]
        .iter()
        .any(|w| same(word, w))
            && !approval_document(text, word)
            || phrase("sign", "off")
            || phrase("signed", "off")
            || phrase("signs", "off")
            // "The board approves the budget": a body's decision ("Approve and merge" is a
            // step of a review).
            || same(word, "approves")
            // "Walk the checklist and approve it", "On GA day, decide whether to push the
            // release back".
            || phrase("approve", "it")
            // "Budget approved by the board", "Plan approved by the director": a body's
            // approval (not "PR approved by two reviewers", a step of a code review).
            // (Nor someone's leave: "Vacation for Sam approved by HR".)
            || phrase("approved", "by") && !names_a_review(text) && !names_leave(text)
            || phrase("decide", "whether")
            // "Green light from the board", Italian "via libera", French "feu vert".
            || phrase("green", "light")
            // Serbian and Croatian: a feature or code freeze (not "Zamrzavanje mesa", meat put
            // in the freezer).
            || phrase("zamrzavanje", "funkcionalnosti")
            || phrase("zamrzavanje", "koda")
            // Slovenian: a freeze of texts, code or features.
            || ["besedil", "kode", "funkcionalnosti", "vsebine", "obsega"]
                .iter()
                .any(|w| phrase("zamrznitev", w))
            // Afrikaans "Vries die gastelys" (freeze the guest list).
            || phrase("vries", "die")
            || phrase("via", "libera")
            || phrase("feu", "vert")
            // French "Gel du code", "Gel des fonctionnalités" (a freeze), "Validation par le
            // juriste" (an approval; "Input validation" is a check).
            || phrase("gel", "du")
            || phrase("gel", "des")
            || phrase("validation", "par")
            // Norwegian and Danish compounds: "Styregodkjenning" (the board's approval).
            || word.len() > 11
                && ["godkjenning", "godkendelse"]
                    .iter()
                    .any(|w| word.to_ascii_lowercase().ends_with(w))
            // "sign it off", "sign them off".
            || same(word, "off")
                && same(before, "sign")
                && ["it", "this", "that", "them"].iter().any(|w| same(last, w))
            || phrase("readiness", "review")
            // "Submission decisions", "CFP decisions", "Paper decisions": a programme's verdicts
            // on what was submitted (not "Design decisions", "Decisions log").
            || same(word, "decisions")
                && [
                    "submission", "submissions", "cfp", "paper", "papers", "talk", "talks",
                    "proposal", "proposals", "abstract", "abstracts", "acceptance",
                ]
                .iter()
                .any(|w| same(last, w))
            // "Command-line interface frozen by 3/3", "API frozen from May 2": a freeze said of
            // what it holds, with its day (not "Frozen pizza for the crew", nor "the stack is
            // frozen and stable", a state).
            // (What is frozen is a piece of the product: not "dumplings frozen by Friday".)
            || same(last, "frozen")
                && ["by", "from", "on"].iter().any(|w| same(word, w))
                && [
                    "api", "interface", "code", "schema", "scope", "design", "ui", "strings",
                    "content", "copy", "spec", "config", "cli", "database", "branch", "features",
                    "text", "layout", "script", "translations",
                ]
                .iter()
                .any(|w| same(before, w))
            // "(No new features beyond this point.)": a feature freeze in other words, the
            // line's own words (not "2.1: no new features, only fixes" in a changelog).
            || same(before, "no")
                && same(last, "new")
                && same(word, "features")
                && {
                    let lower = text.to_ascii_lowercase();
                    lower.contains("(no new features")
                        || lower
                            .trim_start_matches(|c: char| !c.is_ascii_alphanumeric())
                            .starts_with("no new features")
                }
            // "Loomdash 14.2 cut-off", "Feature cutoff": the last day work gets into a release,
            // by the word right before it, a release word or a version's last number (not
            // "Registration cut-off", "Order cut-off at 17.00", the verb "Cut off the …").
            || phrase("cut", "off") && release_word(before)
            || same(word, "cutoff") && release_word(last)
            // "Operations handover review (OHR)": operations take the system over, or not.
            || phrase("handover", "review")
            || phrase("handoff", "review")
            || phrase("readiness", "check")
            || phrase("launch", "readiness")
            || same(word, "nogo") && same(last, "go")
            || same(before, "go") && same(last, "no") && same(word, "go")
        {
            return true;
        }
        decision = same(word, "decision");
        (before, last) = (last, word);
    }
    decision
}

/// "Last day to get changes into this release: Friday 5th March 2027": the release's cut-off,
/// a freeze (not "Last day to book", "Last day to get talks into the programme").
fn last_day_into_the_release(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let Some(at) = lower.find("last day to ") else {
        return false;
    };
    let clause = lower[at..]
        .split([':', '.', '('])
        .next()
        .unwrap_or_default();
    clause.split_once(" into ").is_some_and(|(_, what)| {
        let mut nouns = what
            .split_whitespace()
            .skip_while(|w| ["this", "the", "next"].contains(w));
        // (The release itself, last or before its name: not "into the branch account".)
        let noun = nouns.next().unwrap_or_default();
        let after = nouns.next();
        ["release", "version", "branch", "build"].contains(&noun)
            && after.is_none_or(|w| w.starts_with(|c: char| c.is_ascii_digit() || c == 'v'))
    })
}

/// A sign-off recorded against a role or a review: "Firmware Lead (Oskar Lindqvist): approved
/// 2030-08-14", "Stripe account review approved (they said 2-3 days)". Not a code review's
/// ("PR: approved", "Code review approved") nor someone's leave ("Vacation: approved").
fn records_an_approval(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let is_word_at = |at: usize, word: &str| {
        lower[at..].starts_with(word)
            && !lower[at + word.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
    };
    // The value of a label that names who signs: "…: approved", "…: approved on 12 May".
    let signed = lower.split_once(':').is_some_and(|(who, value)| {
        let value = value.trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
        who.split_whitespace().count() <= 6 && value.starts_with("approved") && {
            let at = lower.len() - value.len();
            is_word_at(at, "approved")
        }
    });
    // A review, approved: "Account review approved", "Security review approved".
    let reviewed = lower.match_indices("review approved").any(|(at, _)| {
        is_word_at(at + "review ".len(), "approved") && !lower[..at].ends_with("code ")
    });
    let code = ["pull request", "merge", "deploy", "commit"]
        .iter()
        .any(|w| lower.contains(w))
        || names_pr_or_mr(&lower);
    (signed || reviewed) && !code && !names_leave(text)
}

/// Whether a line is about someone's time away ("Vacation approved by HR", "PTO", "time off").
fn names_leave(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    ["vacation", "holiday", "leave", "pto", "time off", "travel"]
        .iter()
        .any(|w| lower.contains(w))
}

/// Whether a line is about a code review ("Approve and merge", "PR approved by …").
fn names_a_review(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    ["merge", "pull request", "changes", "deploy", "review"]
        .iter()
        .any(|w| lower.contains(w))
        || names_pr_or_mr(&lower)
}

/// Whether a lowercased line names a pull or merge request by its letters, as words ("PR",
/// "MR"; not the start of "programme" or "promise").
fn names_pr_or_mr(lower: &str) -> bool {
    lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| ["pr", "prs", "mr", "mrs"].contains(&w))
}

/// Whether a word says what a cut-off is of when it is a release's: a release, its features,
/// a branch or strings, or a version's number ("14.2 cut-off"; not "Zip
/// code cut-off", "Dress code cutoff").
fn release_word(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit())
        || [
            "release", "feature", "features", "branch", "string", "strings",
        ]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
}

/// An approval, a freeze, a checkpoint or a decision in the languages whose month names the
/// reader knows, written with letters beyond ASCII ("Aprobación del presupuesto", "Congelamiento
/// del programa", "Aprovação do orçamento", "Décision go/no-go", "Quyết định quay lui", "Duyệt
/// …", "nghiệm thu", "Beta Geçiş Onayı", "заморозка", "承認"). Only
/// text with such letters comes here; "Freigabe", "Abnahme", "approvazione" and other ASCII
/// words are in [`is_gate`]'s list.
fn names_gate_in_other_languages(text: &str) -> bool {
    let lower = text.to_lowercase();
    // (The signs Indic scripts write inside words, a virama among them, are part of the word:
    // "ਪ੍ਰਵਾਨਗੀ", "ஒப்புதல்" are not cut in two.)
    lower
        .split(|c: char| !(c.is_alphanumeric() || ('\u{0900}'..='\u{0DFF}').contains(&c)))
        .filter(|w| !w.is_empty())
        .any(|w| {
            [
                "aprobación",
                "aprovação",
                "décision",
                "decisión",
                "decisão",
                "congelación",
                "onay",
                "onayı",
                "утверждение",
                "согласование",
                "заморозка",
                "решение",
                // Russian: the clearance to go on ("допуск к защите", admission to the defence;
                // "Қорғауға жіберу (допуск)" in a Kazakh plan).
                "допуск",
                "odbiór",
                "zamrożenie",

                // Czech: freeze, approval, decision ("Odsouhlaste text", "zmrazení funkcí").
                "zmrazení",
                "schválení",
                "schvalte",
                "odsouhlaste",
                "odsouhlasení",
                "rozhodnutí",
                // Norwegian and Swedish: decide, approve; Turkish: its approval.
                "avgjør",
                "avgjøre",
                "godkänn",
                "godkänna",
                "godkänt",
                "onaylanması",
                // Hebrew: a freeze ("הקפאת תוכן", content freeze), a decision, an approval.
                "הקפאת",
                "הקפאה",
                "החלטה",
                "אישור",
                // Arabic: an approval, a decision, a freeze ("الموافقة النهائية على الخطة", the
                // final approval of the plan; "تجميد الميزات", the feature freeze).
                "الموافقة",
                "والموافقة",
                "موافقة",
                "القرار",
                "قرار",
                "تجميد",
                // Finnish: a freeze ("Jäädytys alkaa", compounds in `finnish_freeze`).
                "jäädytys",
                // Icelandic: a decision, an approval.
                "ákvörðun",
                "samþykki",
                // Irish: a decision.
                "cinneadh",
                // Latvian: readiness ("sēde par gatavību", a readiness meeting).
                "gatavību",
                "gatavības",
            ]
            .contains(&w)
                || finnish_freeze(w)
                // Marathi and Hindi approval ("… समितीची मंजुरी", the committee's approval);
                // Kannada and Sinhala approval with its case ending ("ಅನುಮೋದನೆಯನ್ನು",
                // "අනුමැතිය"; not "ಅನುಮತಿ", a permission).
                || ["मंजुरी", "मंजूरी", "मंज़ूरी"].contains(&w)
                || w.starts_with("ಅನುಮೋದನೆ")
                || w.starts_with("අනුමැති")
                // Telugu, Malayalam and Gujarati approval ("సీట్ మ్యాట్రిక్స్‌కు ప్రభుత్వ
                // ఆమోదం", the government's approval of the seat matrix; "… അംഗീകാരം"; "…
                // યાદીને મંજૂરી આપશે", will approve the list).
                // Punjabi, Urdu and Tamil approval ("… ਸ਼ਡਿਊਲ ਦੀ ਪ੍ਰਵਾਨਗੀ", "… کی منظوری",
                // "… சான்றிதழுக்கு ஒப்புதல்").
                || ["ఆమోదం", "അംഗീകാരം", "મંજૂરી", "ਪ੍ਰਵਾਨਗੀ", "منظوری", "ஒப்புதல்"].contains(&w)
        })
        // Portuguese and Spanish "Homologação com a prefeitura", "Homologación del piloto": a
        // formal acceptance, opening the line or a part of it (not "respondendo em
        // homologação", running on the staging servers).
        || lower.split([':', '—', '–', '|']).any(|part| {
            part.split(|c: char| !c.is_alphanumeric())
                .find(|w| !w.is_empty())
                .is_some_and(|w| ["homologação", "homologación"].contains(&w))
        })
        // Persian "تصمیم" (decision) opening the line or what follows its label ("`2030-07-03`:
        // تصمیم نهایی …", the final decision), not a decision taken ("تصمیم گرفتیم", we
        // decided) or followed ("طبق تصمیم جلسه", as the meeting decided).
        || lower.split(':').any(|part| {
            let mut words = part
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty());
            words.next() == Some("تصمیم")
                && !words
                    .next()
                    .is_some_and(|w| ["گرفتیم", "گرفته", "گرفت", "گرفتند", "شد"].contains(&w))
        })
        // Chinese, Japanese and Korean: approval, freeze, sign-off, decision; the version
        // sealed ("封版") and the release's go/no-go ("リリース判定").
        || [
            "审批", "批准", "冻结", "签核", "决定", "承認", "凍結", "決定", "승인", "동결", "결정",
            "封版", "リリース判定",
        ]
        .iter()
        .any(|w| lower.contains(w))
        // A freeze in katakana or hangul of code or features ("コードフリーズ", "機能フリーズ",
        // "코드 프리즈"), not the freeze lifted ("フリーズ解除", "프리즈 해제"; a screen that
        // freezes, "画面フリーズの調査", names neither). (Few and short words: this runs at start.)
        || (lower.contains("フリーズ") && (lower.contains("コード") || lower.contains("機能"))
            || lower.contains("프리즈") && lower.contains("코드"))
            && !lower.contains("解除")
            && !lower.contains("해제")
        // Spanish "Cierre del código" (the code closes: a freeze), French "décider le 14/06 si
        // …" (to decide), as the line's first words or after its label ("16 de Agosto: Cierre
        // del código"; not "antes del cierre del código", "laisser chacun décider").
        || lower.split(':').any(|part| {
            let part = part.trim_start_matches(|c: char| !c.is_alphanumeric());
            ["cierre del código", "cierre de código", "décider "]
                .iter()
                .any(|w| part.starts_with(w))
        })
        // Russian "акт приёмки" (the acceptance certificate; not "приёмка товара", goods
        // received).
        || ["акт приёмки", "акта приёмки", "акт приемки", "акта приемки"]
            .iter()
            .any(|w| lower.contains(w))
        || lower.contains("quyết định")
        || lower.contains("phê duyệt")
        // "Duyệt chuyển sang tuần 2" (approve), "Ký biên bản nghiệm thu" (acceptance).
        || lower.trim_start().starts_with("duyệt ")
        || lower.contains("nghiệm thu")
}

/// "Lock the scope", "API lock", Czech "Zamkněte rozhraní pro moduly" (lock the interface),
/// Bulgarian "Заключи обхвата" (lock the scope): a freeze in other words, of a piece of the
/// product (not "Lock the doors", "Lock the launch date", "Lock merging on the branch").
fn locks_a_part(text: &str) -> bool {
    // (Only lines with a word of locking come further: this runs for every item.)
    if text.is_ascii() && !text.contains("ock") && !text.contains("OCK") {
        return false;
    }
    const LOCKS: [&str; 9] = [
        "lock",
        "zamkněte",
        "zamknout",
        "zamkneme",
        "uzamkněte",
        "uzamčení",
        "заключи",
        "заключете",
        "заключване",
    ];
    const PARTS: [&str; 18] = [
        "scope",
        "api",
        "interface",
        "design",
        "schema",
        "spec",
        "strings",
        "features",
        "rozhraní",
        "rozsah",
        "návrh",
        "řetězce",
        "funkce",
        "обхвата",
        "обхват",
        "дизайна",
        "интерфейса",
        "функционалността",
    ];
    // The lock opens the line or a part of it ("T-14: Scope Lock"; not "Planning session and
    // scope lock", a meeting that ends with it).
    let lower = text.to_lowercase();
    lower.split([':', '—', '–', '(', ')']).any(|clause| {
        let words: Vec<&str> = clause
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let object = words
            .iter()
            .skip(1)
            .find(|w| !["the", "down", "in", "na", "на"].contains(w));
        match words.first() {
            Some(first) if LOCKS.contains(first) => object.is_some_and(|w| PARTS.contains(w)),
            Some(first) => PARTS.contains(first) && words.get(1) == Some(&"lock"),
            None => false,
        }
    })
}

/// A Finnish compound that ends in a freeze: "Muutosjäädytys" (a change freeze),
/// "Koodijäädytys", "Ominaisuusjäädytys" (not "jäädytetty", frozen food or an account).
fn finnish_freeze(word: &str) -> bool {
    word.len() > "jäädytys".len() && word.ends_with("jäädytys")
}

/// Every decision point of the plan, in document order.
pub fn gates(plan: &Plan) -> Vec<Gate<'_>> {
    gates_with(plan, &mut is_gate)
}

/// [`gates`], with `is_gate` saying which items' texts name a gate (a cache of [`is_gate`] that
/// remembers the words of texts it has read: the app reads the gates on every change).
pub fn gates_with<'p>(plan: &'p Plan, is_gate: &mut dyn FnMut(&str) -> bool) -> Vec<Gate<'p>> {
    let mut out = Vec::new();
    plan.for_each_node(|node, _| match node {
        NodeRef::Block(Block::Decision(d)) => out.push(Gate {
            id: &d.id,
            title: &d.title,
            date: d.date,
            taken: d.outcome.is_some(),
            criteria: d.criteria.as_deref(),
        }),
        NodeRef::Item(i) if is_gate(&i.text) => out.push(Gate {
            id: &i.id,
            title: &i.text,
            date: i.due,
            taken: i.done,
            criteria: None,
        }),
        _ => {}
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::default_plan::default_plan;
    use crate::formats::markdown_in::import_markdown;

    #[test]
    fn gates_are_named_in_many_words() {
        for gate in [
            "Go/no-go decision for Phase 2",
            "Go / No-Go call",
            "Code freeze (Feb 15)",
            "Feature Freeze: Nov 18",
            "Security sign-off",
            "Legal signoff",
            "Declare the move finished and sign it off",
            "Test reports reviewed and signed off",
            "Launch readiness review",
            "Gate 3: pricing approved",
            "Mid-cycle checkpoint",
            "Budget approval from finance",
            "Budget-Freigabe",
            "Technische Abnahme",
            "Decide pricing for teams over ten people",
            "Aprobación del presupuesto por la comisión",
            "Congelamiento del programa",
            "Aprovação do orçamento",
            "Entscheidung über den Preis",
            "Quyết định quay lui phải chốt trước 10:00",
            "Chair signs off the merchandise budget",
            "Association board approves the budget",
            "Odsouhlaste text poznámek",
            "Schiedsgericht: Ablaufplan lesen und freigeben",
            "od té chvíle platí zmrazení funkcí",
            "Walk the checklist and approve it",
            "Approve the launch brief",
            "Approve the public call-out text",
            "On GA day, decide whether any bug is bad enough to wait",
            "[DU] Godkjenn v2-designet innen fredag",
            "Rombooking: avgjør om betaen skal bruke Bookla",
            "Låt Britt godkänna alla texter",
            "Bütçenin belediyece onaylanması",
            "Reunião com a cliente para aprovar o layout",
            "Keputusan Go/No-Go",
            "Gel du code : plus rien sur main",
            "CGV : validation par Maître Ferrand",
            "Styregodkjenning av hovedprosjektet",
            "Readiness check before kickoff",
            "07/15 Submission decisions (-10)",
            "Paper decisions out to authors",
            "Допуск к защите",
        ] {
            assert!(is_gate(gate), "{gate}");
        }
        for task in [
            "Go to the venue",
            "Freezer stock check",
            "Sign the lease",
            "Navigate",
            // A gate the line only refers to.
            "Fast-forward the branch (everything merged since the code freeze)",
            "Merge fixes during the freeze",
            "Rollback decision matrix",
            "Help the board decide",
            "Approve and merge the release pull request",
            "Approve the PR once CI is green",
            "Approve",
            "Input validation on the signup form",
            "Hair gel for the photo shoot",
            "Write up the design decisions",
            "Decisions log",
        ] {
            assert!(!is_gate(task), "{task}");
        }
    }

    /// The BillingOS plan's three decision blocks are its gates; none of its items is one.
    #[test]
    fn billingos_has_its_three_decision_points() {
        let plan = default_plan().plan;
        let gates = gates(&plan);
        assert_eq!(gates.len(), 3);
        assert!(gates.iter().all(|g| g.criteria.is_some()));
    }

    /// A go/no-go line in a checklist is a decision point with its date, and stays an item.
    #[test]
    fn a_gate_in_a_checklist_is_a_decision_point_and_an_item() {
        let source = "# Beta\n\n## Schedule\n\n### Week 1: Mar 2-6, 2026\n\n- [ ] Invite wave 1\n- [ ] Go/no-go for wave 2 (Mar 5)\n";
        let plan = import_markdown(source).plan;
        let gates = gates(&plan);
        assert_eq!(gates.len(), 1);
        assert_eq!(gates[0].date, NaiveDate::from_ymd_opt(2026, 3, 5));
        assert!(!gates[0].taken);
        assert_eq!(plan.counts().schedule_items, 2);
    }
}
