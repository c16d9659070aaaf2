//! Plans opened from an address: `?src=<address>` in the page's address, or "Open from a link…"
//! in the Plans menu. The file there is fetched and read exactly like an imported one (size
//! checked before reading, validated, shown as text), kept in the library with its source, and
//! followed: opening the plan and "Check for changes" fetch it again and bring what changed into
//! the member's copy (`launchplan_core::follow`), keeping their ticks and notes. Nothing is
//! fetched unless the user opened such a link or pressed a button.

use super::clock::{new_id, stamp};
use super::import::read_plan_text;
use super::persistence::Persistence;
use super::reactive::{Derived, Held, Kept};
use super::state::{use_app_state, AppState};
use crate::storage::{self, Source};
use launchplan_core::follow::follow;
use launchplan_core::formats::json::MAX_FILE_BYTES;
use launchplan_core::plan::{NodeId, Stamp};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why an address is not fetched, or what went wrong fetching it. Each says what happened and
/// what would help; nothing is changed in any case.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum FetchError {
    #[error("\"{0}\" is not a web address Launchplan can open: it must start with https:// (or http://localhost for a server on this computer).")]
    NotAnAddress(String),
    #[error("Only https:// addresses are opened (and http://localhost or http://127.0.0.1 for testing), so that nobody on the way can change the plan: \"{0}\" is not one.")]
    NotHttps(String),
    #[error("This browser is offline, so {0} could not be checked.")]
    Offline(String),
    #[error("{0} could not be reached (the server did not answer; check the address, or try again later).")]
    Unreachable(String),
    #[error("{0} does not let other sites read the file: the server must send the header Access-Control-Allow-Origin (raw files on GitHub, GitLab and gists do; most static hosts can be told to).")]
    CrossOriginRefused(String),
    #[error(
        "{0} sent the browser to another site ({1}); a plan is only read from the address given."
    )]
    Redirected(String, String),
    #[error("{0} answered {1}{2}.")]
    Status(String, u16, String),
    #[error(
        "{0} is larger than 5 MB ({1} bytes or more); plans larger than {2} bytes are not read."
    )]
    TooLarge(String, usize, usize),
    #[error("{0} is not a text file.")]
    NotText(String),
}

/// Checks an address typed or linked: an https address, or an http one on this computer.
pub(crate) fn check_address(text: &str) -> Result<String, FetchError> {
    let text = text.trim();
    let Some((scheme, rest)) = text.split_once("://") else {
        return Err(FetchError::NotAnAddress(text.to_string()));
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    // A user name in the address ("https://user@host/") or a backslash (which browsers read as
    // a slash, so that the host is not what it seems): not opened.
    if authority.contains('@') || text.contains('\\') {
        return Err(FetchError::NotAnAddress(text.to_string()));
    }
    let host = authority.split(':').next().unwrap_or_default();
    if host.is_empty() || text.chars().any(char::is_whitespace) {
        return Err(FetchError::NotAnAddress(text.to_string()));
    }
    match scheme.to_ascii_lowercase().as_str() {
        "https" => Ok(text.to_string()),
        "http" if matches!(host, "localhost" | "127.0.0.1") => Ok(text.to_string()),
        "http" => Err(FetchError::NotHttps(text.to_string())),
        _ => Err(FetchError::NotAnAddress(text.to_string())),
    }
}

/// The name a message gives a source: its address without the scheme.
fn short(url: &str) -> String {
    url.split_once("://")
        .map_or(url, |(_, rest)| rest)
        .to_string()
}

/// The origin of an address ("https://host:port"), for the redirect check.
fn origin_of(url: &str) -> String {
    web_sys::Url::new(url)
        .map(|u| u.origin())
        .unwrap_or_default()
}

/// Fetches the text at `url` (checked by [`check_address`]). The browser revalidates its cached
/// copy (`If-None-Match` / `If-Modified-Since`), so an unchanged file is not downloaded again.
async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let name = short(url);
    let init = web_sys::RequestInit::new();
    init.set_method("GET");
    init.set_mode(web_sys::RequestMode::Cors);
    init.set_cache(web_sys::RequestCache::NoCache);
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_redirect(web_sys::RequestRedirect::Follow);
    let response = match JsFuture::from(window().fetch_with_str_and_init(url, &init)).await {
        Ok(r) => r.unchecked_into::<web_sys::Response>(),
        Err(_) => return Err(why_not_fetched(url, name).await),
    };
    let landed = response.url();
    if !landed.is_empty() && origin_of(&landed) != origin_of(url) {
        return Err(FetchError::Redirected(name, short(&landed)));
    }
    if !response.ok() {
        // HTTP/2 sends no reason phrase: the code alone then.
        let reason = response.status_text();
        let reason = if reason.is_empty() {
            String::new()
        } else {
            format!(" {reason}")
        };
        return Err(FetchError::Status(name, response.status(), reason));
    }
    // The size the server states, before reading; then the size read.
    let stated = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|n| n.parse::<usize>().ok());
    if let Some(size) = stated.filter(|&n| n > MAX_FILE_BYTES) {
        return Err(FetchError::TooLarge(name, size, MAX_FILE_BYTES));
    }
    read_body(&response, &name).await
}

/// The body of `response` as text, read piece by piece and given up as soon as it passes the
/// size limit (a server that states no size, or sends it compressed, is not read whole first).
async fn read_body(response: &web_sys::Response, name: &str) -> Result<String, FetchError> {
    let unreadable = || FetchError::Unreachable(name.to_string());
    let Some(body) = response.body() else {
        return Ok(String::new());
    };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes: Vec<u8> = Vec::new();
    loop {
        let part = JsFuture::from(reader.read())
            .await
            .map_err(|_| unreadable())?;
        let done = js_sys::Reflect::get(&part, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true);
        if done {
            break;
        }
        let value = js_sys::Reflect::get(&part, &"value".into()).map_err(|_| unreadable())?;
        let chunk = js_sys::Uint8Array::new(&value);
        if bytes.len() + chunk.length() as usize > MAX_FILE_BYTES {
            let _ = reader.cancel();
            return Err(FetchError::TooLarge(
                name.to_string(),
                bytes.len() + chunk.length() as usize,
                MAX_FILE_BYTES,
            ));
        }
        bytes.extend(chunk.to_vec());
    }
    String::from_utf8(bytes).map_err(|_| FetchError::NotText(name.to_string()))
}

/// Why a fetch failed without an answer: offline, a server that does not let other sites read
/// its files (it answers a request that does not ask to read the answer), or no server at all.
async fn why_not_fetched(url: &str, name: String) -> FetchError {
    if !window().navigator().on_line() {
        return FetchError::Offline(name);
    }
    let init = web_sys::RequestInit::new();
    init.set_mode(web_sys::RequestMode::NoCors);
    init.set_credentials(web_sys::RequestCredentials::Omit);
    match JsFuture::from(window().fetch_with_str_and_init(url, &init)).await {
        Ok(_) => FetchError::CrossOriginRefused(name),
        Err(_) => FetchError::Unreachable(name),
    }
}

/// A hash of a fetched text (FNV-1a), to tell an unchanged file without reading it again.
fn text_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// "just now", "5 minutes ago", "2 hours ago", "3 days ago".
pub(crate) fn elapsed(from: Stamp, now: Stamp) -> String {
    let minutes = (now.0 - from.0).max(0) / 60_000;
    let plural = |n: i64, unit: &str| format!("{n} {unit}{} ago", if n == 1 { "" } else { "s" });
    match minutes {
        0 => "just now".into(),
        1..=59 => plural(minutes, "minute"),
        60..=1439 => plural(minutes / 60, "hour"),
        _ => plural(minutes / 1440, "day"),
    }
}

/// The file name a source is read under (its last path segment), so that its format is told
/// by its extension as a file's is.
fn file_name(url: &str) -> String {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    path.rsplit('/')
        .find(|s| !s.is_empty())
        .unwrap_or("plan")
        .to_string()
}

/// What the page knows about the open plan's source, provided at the root.
#[derive(Clone, Copy)]
pub(crate) struct Following {
    /// The open plan's source, when it was opened from an address.
    pub source: Held<Option<Source>>,
    pub checking: RwSignal<bool>,
    /// Why the last check did not reach the source.
    pub problem: Held<Option<String>>,
    /// The address being opened for the first time, while it is fetched.
    pub opening: Held<Option<String>>,
    /// The plan just read from its source: opening it needs no check.
    fresh: Kept<Option<NodeId>>,
    persistence: Persistence,
}

pub(crate) fn use_following() -> Following {
    super::root::use_root().following
}

/// Follows the open plan's source, and opens `requested` (the address in `?src=`, read by
/// [`requested_source`] before the page's address shows the plan); the [`Following`] it returns
/// is provided with the root's handles (`root.rs`).
pub(crate) fn start_following(
    state: AppState,
    persistence: Persistence,
    requested: Option<String>,
) -> Following {
    let following = Following {
        source: Held::new(None),
        checking: RwSignal::new(false),
        problem: Held::new(None),
        opening: Held::new(None),
        fresh: Kept::new(None),
        persistence,
    };
    // The source of whichever plan is open.
    let plan_id = Derived::new(move || state.plan.with(|p| p.id.clone()));
    // A plan with a source is checked each time it is opened (from the library, at start, or
    // by its address, which checks it itself).
    let opening_address = requested.is_some();
    // The plan checked last (None before the first run).
    let mut checked: Option<Option<NodeId>> = None;
    super::reactive::effect(move || {
        let id = plan_id.get();
        let source = storage::read_source(&id);
        let has_source = source.is_some();
        following.source.set(source);
        following.problem.set(None);
        let first = checked.is_none();
        let already = checked.take().flatten().as_ref() == Some(&id)
            || following
                .fresh
                .try_update_value(Option::take)
                .flatten()
                .as_ref()
                == Some(&id);
        if has_source && !already && !(first && opening_address) {
            run(state, following, Task::Check);
        }
        checked = Some(Some(id));
    });
    if let Some(url) = requested {
        run(state, following, Task::Open(url));
    }
    following
}

/// What the code behind a source does.
enum Task {
    Open(String),
    Check,
}

/// Runs `task`. Fetching, reading and following a source is a wasm chunk of its own, fetched the
/// first time a plan is opened from an address (none of it is needed to show a plan); a chunk
/// that does not load is reported and changes nothing.
fn run(state: AppState, following: Following, task: Task) {
    leptos::task::spawn_local(async move {
        if super::chunk::after_reader(source_task(state, following, task))
            .await
            .is_err()
        {
            state.alert.set(Some(format!(
                "{} Nothing was changed.",
                super::chunk::not_loaded("Opening plans from a link")
            )));
        }
    });
}

#[leptos::wasm_split::wasm_split(source_follow, wasm_split_path = ::leptos::wasm_split, fallible)]
fn source_task(
    state: AppState,
    following: Following,
    task: Task,
) -> Result<(), super::chunk::ChunkUnavailable> {
    leptos::task::spawn_local(async move {
        match task {
            Task::Open(url) => open_address(state, following, url).await,
            Task::Check => check(state, following).await,
        }
    });
    Ok(())
}

/// The address in `?src=`, if the page was opened with one.
pub(crate) fn requested_source() -> Option<String> {
    let search = window().location().search().ok()?;
    search.trim_start_matches('?').split('&').find_map(|pair| {
        let value = pair.strip_prefix("src=")?;
        js_sys::decode_uri_component(value)
            .ok()
            .and_then(|v| v.as_string())
            .filter(|v| !v.is_empty())
    })
}

/// Opens the plan at `url`: the library's copy when the address was opened before (then checks
/// it for changes), else a new library plan read from the file.
async fn open_address(state: AppState, following: Following, url: String) {
    let url = match check_address(&url) {
        Ok(url) => url,
        Err(e) => {
            state.alert.set(Some(format!("{e} Nothing was changed.")));
            return;
        }
    };
    let persistence = following.persistence;
    if following.opening.with_untracked(Option::is_some) {
        return; // the same or another address is being opened: one at a time
    }
    if let Some(id) = storage::plan_from(&url) {
        if state.plan.with_untracked(|p| p.id == id) {
            check(state, following).await;
            return;
        }
        // Opening it checks it (see `provide`).
        match storage::read_stored(&id) {
            Some(stored) => persistence.open(state, stored.plan, stored.revision),
            None => state.alert.set(Some(
                "The plan opened from this address could not be read; it was left as it is.".into(),
            )),
        }
        return;
    }
    following.opening.set(Some(url.clone()));
    let fetched = fetch_text(&url).await;
    following.opening.set(None);
    let text = match fetched {
        Ok(text) => text,
        Err(e) => {
            state.alert.set(Some(format!(
                "The plan at {} was not opened. {e} Nothing was changed.",
                short(&url)
            )));
            return;
        }
    };
    let hash = text_hash(&text);
    let (plan, report) = match read_plan_text(&file_name(&url), text, state.today_untracked()).await
    {
        Ok(read) => read,
        Err(why) => {
            state.alert.set(Some(format!("{why} Nothing was changed.")));
            return;
        }
    };
    // Its entries keep the IDs the file gives (the next version is matched by them); the plan
    // gets one of its own, so that it never writes over another stored plan.
    let base = plan.clone();
    let mut plan = plan;
    plan.id = new_id("plan");
    let id = plan.id.clone();
    following.fresh.set_value(Some(id.clone()));
    persistence.open(state, plan, 0);
    if state.plan.with_untracked(|p| p.id != id) {
        return; // not opened (no room to store it): the alert says why
    }
    state.report.set(report);
    let now = stamp();
    let source = Source {
        url,
        read_on: Some(state.today_untracked()),
        text_hash: hash,
        checked_at: now,
        last_change: "opened".into(),
        changed_at: now,
        conflicts: Vec::new(),
    };
    if let Err(e) =
        storage::write_source_base(&id, &base).and_then(|()| storage::write_source(&id, &source))
    {
        state.alert.set(Some(format!(
            "The plan was opened, but where it came from could not be stored ({e}); it will not be followed."
        )));
    }
    following.source.set(Some(source));
    super::persistence::show_in_url(&id);
}

/// Fetches the open plan's source again and brings its changes in; says when it cannot.
async fn check(state: AppState, following: Following) {
    // One check at a time: a second press, or opening the plan again, waits for this one.
    if following.checking.get_untracked() {
        return;
    }
    let id = state.plan.with_untracked(|p| p.id.clone());
    let Some(source) = storage::read_source(&id) else {
        return;
    };
    following.checking.set(true);
    let fetched = fetch_text(&source.url).await;
    following.checking.set(false);
    // Another plan was opened meanwhile: this check is not for it.
    if state.plan.with_untracked(|p| p.id != id) {
        return;
    }
    let text = match fetched {
        Ok(text) => text,
        Err(e) => {
            following.problem.set(Some(format!(
                "Could not check for changes. {e} This is the copy fetched {}.",
                elapsed(source.changed_at, stamp())
            )));
            return;
        }
    };
    following.problem.set(None);
    // What is stored now (the await let other code run).
    let Some(mut source) = storage::read_source(&id) else {
        return;
    };
    let now = stamp();
    let hash = text_hash(&text);
    if hash == source.text_hash {
        source.checked_at = now;
        source.last_change = "no changes".into();
        save_source(state, following, &id, source);
        return;
    }
    // Read on the day the source was first read, so that a date without a year is read the
    // same way in both versions.
    let read_on = source.read_on.unwrap_or_else(|| state.today_untracked());
    let incoming = match read_plan_text(&file_name(&source.url), text, read_on).await {
        Ok((plan, _)) => plan,
        Err(why) => {
            following.problem.set(Some(format!(
                "The source changed but no longer reads as a plan: {why} The copy here is unchanged."
            )));
            return;
        }
    };
    if state.plan.with_untracked(|p| p.id != id) {
        return;
    }
    // The version last followed. Without it (storage cleared in part) the incoming one stands
    // in: this check then changes nothing here (a tick is never undone by guesswork), and the
    // next one compares with what is stored now.
    let base = storage::read_source_base(&id).unwrap_or_else(|| incoming.clone());
    let (plan, report) = state
        .plan
        .with_untracked(|local| follow(local, &base, &incoming));
    let changed = state.plan.with_untracked(|local| *local != plan);
    if changed {
        // What came in is not undone (undo would put the plan behind the version it follows):
        // the undo history starts again here.
        state.follow_in(plan);
        following.persistence.save_now(state);
        if !matches!(
            following.persistence.status.get_untracked(),
            super::persistence::SaveStatus::Saved
        ) {
            // Not stored: the next check brings the same changes in again.
            following.problem.set(Some(
                "The changes came in, but this browser did not save them; the next check brings them in again.".into(),
            ));
            return;
        }
        source.changed_at = now;
    }
    // The version followed moves on only once it is stored, and the text's hash with it.
    if let Err(e) = storage::write_source_base(&id, &incoming) {
        following.problem.set(Some(format!(
            "The changes came in, but the source's version could not be stored ({e}); the next check compares with the older one."
        )));
    } else {
        source.text_hash = hash;
    }
    source.checked_at = now;
    source.last_change = if changed {
        format!("{} (the undo history starts here)", report.summary())
    } else {
        report.summary()
    };
    // What could not be merged stays listed until dismissed.
    source.conflicts.extend(report.conflicts.iter().cloned());
    source.conflicts.extend(report.kept.iter().map(|t| {
        format!(
            "\"{t}\" was removed from the source; it is kept here because you ticked or changed it"
        )
    }));
    save_source(state, following, &id, source);
}

fn save_source(state: AppState, following: Following, id: &NodeId, source: Source) {
    if let Err(e) = storage::write_source(id, &source) {
        state.alert.set(Some(format!(
            "What the source brought could not be stored ({e})."
        )));
    }
    following.source.set(Some(source));
}

/// The line under the toolbar for a plan opened from an address: where it comes from, when it
/// was last checked and what came in, "Check for changes", and what could not be merged. What
/// it shows is built in the source chunk (see [`run`]), fetched when a plan with a source is
/// first shown; while an address is first opened, a status says so.
#[component]
pub(crate) fn SourceBar() -> impl IntoView {
    let state = use_app_state();
    let following = use_following();
    let opening = move || {
        following.opening.get().map(|url| {
            view! {
                <section class="source-bar" aria-label="Source of this plan" data-testid="source-opening">
                    <p role="status">{format!("Opening the plan at {}…", short(&url))}</p>
                </section>
            }
        })
    };
    let has_source = Memo::new(move |_| following.source.with(Option::is_some));
    // Loaded once, the line stays on the page and shows nothing for a plan without a source.
    let line = super::chunk::built_on_first_need(
        move || has_source.get(),
        move |owner| source_bar(owner, state, following),
        move || {
            state.alert.set(Some(super::chunk::not_loaded(
                "The line that follows this plan's source",
            )))
        },
    );
    view! {
        {opening}
        {line}
    }
}

#[leptos::wasm_split::wasm_split(source_bar, wasm_split_path = ::leptos::wasm_split, fallible)]
fn source_bar(
    owner: Owner,
    state: AppState,
    following: Following,
) -> Result<AnyView, super::chunk::ChunkUnavailable> {
    Ok(owner.with(|| view! { <SourceLine state=state following=following /> }.into_any()))
}

/// The source bar's content.
#[component]
fn SourceLine(state: AppState, following: Following) -> impl IntoView {
    let check_now = move |_| run(state, following, Task::Check);
    move || {
        following.source.get().map(|source| {
            state.now.track();
            let when = elapsed(source.checked_at, stamp());
            let conflicts = source.conflicts.clone();
            view! {
                <section class="source-bar" aria-label="Source of this plan" data-testid="source-bar">
                    <p>
                        "From "
                        <a href=source.url.clone() rel="noopener noreferrer" target="_blank">{short(&source.url)}</a>
                        " · "
                        <span data-testid="source-status">{format!("checked {when}: {}", source.last_change)}</span>
                        " "
                        <button type="button" on:click=check_now disabled=move || following.checking.get()>
                            {move || if following.checking.get() { "Checking…" } else { "Check for changes" }}
                        </button>
                    </p>
                    {move || following.problem.get().map(|p| view! { <p class="problem" role="status">{p}</p> })}
                    {(!conflicts.is_empty()).then(|| view! {
                        <details>
                            <summary>{format!("{} not merged as they were", conflicts.len())}</summary>
                            <ul>{conflicts.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
                            <button type="button" on:click=move |_| dismiss(state, following)>"Dismiss"</button>
                        </details>
                    })}
                </section>
            }
        })
    }
}

/// Clears the list of what could not be merged, once read.
fn dismiss(state: AppState, following: Following) {
    let id = state.plan.with_untracked(|p| p.id.clone());
    if let Some(mut source) = storage::read_source(&id) {
        source.conflicts.clear();
        save_source(state, following, &id, source);
    }
}

/// "Open from a link…": an address field and Open, for the Plans menu.
#[component]
pub(crate) fn OpenFromLink() -> impl IntoView {
    let state = use_app_state();
    let following = use_following();
    let address = RwSignal::new(String::new());
    let open = move || run(state, following, Task::Open(address.get_untracked()));
    view! {
        <form class="open-link" on:submit=move |ev| { ev.prevent_default(); open(); }>
            <label>
                "Open from a link… "
                <input
                    type="url"
                    placeholder="https://raw.githubusercontent.com/…/plan.md"
                    prop:value=move || address.get()
                    on:input=move |ev| address.set(event_target_value(&ev))
                />
            </label>
            <button type="submit">"Open"</button>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_and_this_computer_are_opened() {
        for ok in [
            "https://raw.githubusercontent.com/acme/site/main/plan.md",
            "HTTPS://example.com/plan.json",
            "http://localhost:8080/plan.md",
            "http://127.0.0.1:4180/plan.md",
            "  https://gist.githubusercontent.com/a/b/raw/plan.md  ",
        ] {
            assert!(check_address(ok).is_ok(), "{ok}");
        }
        assert!(matches!(
            check_address("http://example.com/plan.md"),
            Err(FetchError::NotHttps(_))
        ));
        // A host that only starts like localhost is not this computer.
        assert!(matches!(
            check_address("http://localhost.evil.example/plan.md"),
            Err(FetchError::NotHttps(_))
        ));
        for sly in [
            "http://user@evil.example:80/",
            "https://user:pass@example.com/plan.md",
            "http://evil.example\\@localhost/",
            "http://[::1]:8080/plan.md",
        ] {
            assert!(check_address(sly).is_err(), "{sly}");
        }
        for bad in [
            "plan.md",
            "ftp://example.com/plan.md",
            "javascript://x",
            "https://",
            "https:// x",
        ] {
            assert!(check_address(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn time_since_a_check() {
        let t = |minutes: i64| elapsed(Stamp(0), Stamp(minutes * 60_000));
        assert_eq!(t(0), "just now");
        assert_eq!(t(1), "1 minute ago");
        assert_eq!(t(2), "2 minutes ago");
        assert_eq!(t(60), "1 hour ago");
        assert_eq!(t(60 * 24 * 3), "3 days ago");
    }

    #[test]
    fn a_source_is_read_under_its_file_name() {
        assert_eq!(file_name("https://x.dev/a/plan.md?token=1"), "plan.md");
        assert_eq!(file_name("https://x.dev/a/b/"), "b");
        assert_eq!(text_hash("a"), text_hash("a"));
        assert_ne!(text_hash("a"), text_hash("b"));
    }
}
