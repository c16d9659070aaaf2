//! Offline use and updates: registers the service worker (`sw.js`, release builds only) and,
//! when a new version has been deployed and installed, offers to reload into it. Nothing is
//! swapped under the user's hands: the plan is saved first, and the new version takes over only
//! when the user says so. The code that speaks to the service worker is a wasm chunk of its own
//! (`service_worker`), fetched once the plan is live; the worker is registered a few seconds
//! later ([`REGISTER_AFTER`]), so that its install never competes with the first seconds of use.

use super::persistence::use_persistence;
use super::state::use_app_state;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration};

/// How often an open tab asks whether a new version was deployed (also when shown again).
const CHECK_EVERY: Duration = Duration::from_secs(30 * 60);

/// The "new version" banner, shown when [`register`] finds one `ready`.
#[component]
pub(crate) fn UpdateOffer(ready: RwSignal<bool>) -> impl IntoView {
    let state = use_app_state();
    let persistence = use_persistence();
    let accept = move |_| {
        persistence.flush(state);
        leptos::task::spawn_local(async {
            // Loaded when the worker was registered, which found the new version.
            match worker().await {
                Ok(worker) => (worker.switch)(),
                Err(_) => {
                    let _ = window().location().reload();
                }
            }
        });
    };
    view! {
        <div role="status" class="update-offer-region">
            {move || ready.get().then(|| view! {
                <p class="update-offer" data-testid="update-offer">
                    "A new version of Launchplan is ready. Your plan is saved. "
                    <button type="button" on:click=accept>"Reload to update"</button>
                    " "
                    <button type="button" on:click=move |_| ready.set(false)>"Later"</button>
                </p>
            }.into_any())}
        </div>
    }
}

/// The service worker API, when the page may use it (a secure context in a browser that has it).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Registers the service worker ([`REGISTER_AFTER`] the plan is live: see `app.rs`), checks for a new
/// version every [`CHECK_EVERY`] and when the tab is shown again, and sets `ready` when one waits.
/// A chunk that does not load is tried again when the browser is back online.
pub(crate) fn register(ready: RwSignal<bool>) {
    // `trunk serve` builds are for development: no cache between the developer and the code.
    if cfg!(debug_assertions) {
        return;
    }
    leptos::task::spawn_local(async move {
        match worker().await {
            Ok(worker) => (worker.register)(ready),
            // Offline before the chunk was cached: registered when the browser is back online.
            Err(_) => super::chunk::when_online(move || register(ready)),
        }
    });
}

/// The chunk's entries.
#[derive(Clone, Copy)]
struct Worker {
    register: fn(RwSignal<bool>),
    /// Lets the waiting version take over, then reloads into it.
    switch: fn(),
}

/// The chunk's one entry.
#[leptos::wasm_split::wasm_split(service_worker, wasm_split_path = ::leptos::wasm_split, fallible)]
fn worker() -> Result<Worker, super::chunk::ChunkUnavailable> {
    Ok(Worker {
        register: register_now,
        switch: || leptos::task::spawn_local(switch_to_waiting()),
    })
}

/// [`register`] itself; first puts the web app manifest and the home-screen icon in the page
/// (not in index.html: the browser reads them for its install prompt, and then never before the
/// plan is live).
fn register_now(ready: RwSignal<bool>) {
    let page = document();
    if let Ok(Some(head)) = page.query_selector("head") {
        for (rel, href) in [
            ("manifest", "manifest.webmanifest"),
            ("apple-touch-icon", "icons/apple-touch-icon.png"),
        ] {
            if let Ok(link) = page.create_element("link") {
                let _ = link.set_attribute("rel", rel);
                let _ = link.set_attribute("href", href);
                let _ = head.append_child(&link);
            }
        }
    }
    let Some(container) = container() else {
        return;
    };
    // The worker's install fetches and stores every file of the build (about 1 MB, some 200
    // files): begun as the plan went live, it took the second core from a user's first actions
    // (an import begun at once: file chosen to preview about 100 ms, 40 ms with no worker).
    set_timeout(
        move || leptos::task::spawn_local(registered(container, ready)),
        REGISTER_AFTER,
    );
}

/// How long after the plan is live the service worker is registered.
const REGISTER_AFTER: Duration = Duration::from_secs(3);

/// Registers the service worker and keeps checking for a new version (see [`register`]).
async fn registered(container: ServiceWorkerContainer, ready: RwSignal<bool>) {
    // A failure leaves the app working online only; there is nothing to tell the user.
    let Ok(registration) = JsFuture::from(container.register("sw.js")).await else {
        return;
    };
    // Browsers that block service workers (and test drivers) may answer with nothing.
    if !registration.is_object() {
        return;
    }
    let registration: ServiceWorkerRegistration = registration.unchecked_into();
    watch(&container, &registration, ready);
    let check = move || {
        if let Ok(promise) = registration.update() {
            // Offline, the check fails quietly; the next one tries again.
            leptos::task::spawn_local(async move {
                let _ = JsFuture::from(promise).await;
            });
        }
    };
    // Both for the life of the page, like the app itself.
    let again = check.clone();
    let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if !document().hidden() {
            again();
        }
    });
    let _ = set_interval_with_handle(check, CHECK_EVERY);
}

/// Sets `ready` when a new version is installed and waiting while an older one runs this page
/// (on a first visit there is nothing to update from).
fn watch(
    container: &ServiceWorkerContainer,
    registration: &ServiceWorkerRegistration,
    ready: RwSignal<bool>,
) {
    let offer = {
        let container = container.clone();
        move |registration: &ServiceWorkerRegistration| {
            if registration.waiting().is_some() && container.controller().is_some() {
                ready.set(true);
            }
        }
    };
    offer(registration);
    let found = {
        let registration = registration.clone();
        Closure::<dyn Fn()>::new(move || {
            if let Some(installing) = registration.installing() {
                let (registration, offer) = (registration.clone(), offer.clone());
                let changed = Closure::<dyn Fn()>::new(move || offer(&registration));
                installing.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
                changed.forget();
            }
        })
    };
    registration.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
    // A version the browser began to install before this registration (a returning visit's own
    // check, in the seconds before the worker is registered): its `updatefound` has fired
    // already, so it is watched from here.
    let _ = found
        .as_ref()
        .unchecked_ref::<js_sys::Function>()
        .call0(&JsValue::NULL);
    // Both live as long as the page.
    found.forget();
}

/// Lets the waiting version take over, then reloads into it.
async fn switch_to_waiting() {
    let reload = || {
        let _ = window().location().reload();
    };
    let Some(container) = container() else {
        return reload();
    };
    let registration = JsFuture::from(container.get_registration()).await;
    let waiting = registration
        .ok()
        .filter(|r| !r.is_undefined())
        .and_then(|r| r.unchecked_into::<ServiceWorkerRegistration>().waiting());
    let Some(waiting) = waiting else {
        return reload();
    };
    let on_change = Closure::<dyn Fn()>::new(reload);
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    if waiting
        .post_message(&JsValue::from_str("skip-waiting"))
        .is_err()
    {
        reload();
    }
}
