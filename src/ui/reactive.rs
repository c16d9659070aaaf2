//! The app's effects, memos, signals and stored values, each built once in the wasm. Leptos
//! builds its effect code once per closure type given to `Effect::new` (about a kilobyte of wasm
//! each), so each closure is boxed first and `Effect::new` is built once. Its memo, signal and
//! stored-value code is built once per type of value (several hundred bytes to a kilobyte each),
//! so those whose value type is their own hold it erased ([`Derived`], [`Held`], [`Kept`]) and
//! that code is built for one type: 7.1 KB of gzip less at start (2026-12-06). (Memos with their
//! closure boxed instead came out larger: 0.6 KB of gzip more.)

use leptos::prelude::{
    Effect, Memo, RwSignal, Set, SetValue, StoredValue, Track, Update, UpdateUntracked,
    UpdateValue, With, WithUntracked, WithValue,
};
use std::any::Any;
use std::marker::PhantomData;
use std::sync::Arc;

/// Runs `f` now (after the current render) and again whenever a signal it read changes, for as
/// long as the current owner lives: `Effect::new` with a boxed closure.
pub(crate) fn effect(f: impl FnMut() + 'static) {
    effect_boxed(Box::new(f));
}

fn effect_boxed(mut f: Box<dyn FnMut()>) {
    Effect::new(move |_| f());
}

/// Runs `f` with the `div` once it is in the page: `NodeRef::on_load` with a boxed closure, so
/// that Leptos builds its effect once for every caller.
pub(crate) fn on_load(
    node: leptos::prelude::NodeRef<leptos::html::Div>,
    f: impl FnOnce(web_sys::HtmlDivElement) + 'static,
) {
    let f: Box<dyn FnOnce(web_sys::HtmlDivElement)> = Box::new(f);
    node.on_load(f);
}

/// A memo of a `T`: worked out again when a signal it read changes, and a change for its readers
/// only when the new value differs. The value is held behind one erased type, so that every
/// `Derived` shares Leptos's memo code; it costs a box per value worked out and a type check per
/// read. For a value read by many rows at once (a row's status) a `Memo` of its own is quicker.
pub(crate) struct Derived<T: 'static> {
    memo: Memo<Erased>,
    value: PhantomData<fn() -> T>,
}

impl<T> Clone for Derived<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Derived<T> {}

impl<T: PartialEq + Send + Sync + 'static> Derived<T> {
    pub(crate) fn new(f: impl Fn() -> T + Send + Sync + 'static) -> Self {
        Derived {
            memo: Memo::new(move |_| Erased(Arc::new(f()))),
            value: PhantomData,
        }
    }
}

impl<T: 'static> Derived<T> {
    /// Reads the value, tracked.
    pub(crate) fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.memo.with(|e| f(e.value()))
    }

    /// Reads the value, not tracked.
    pub(crate) fn with_untracked<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.memo.with_untracked(|e| f(e.value()))
    }

    /// A copy of the value, tracked.
    pub(crate) fn get(&self) -> T
    where
        T: Clone,
    {
        self.with(T::clone)
    }
}

/// A memo's value, its type erased (see [`Derived`]).
#[derive(Clone)]
struct Erased(Arc<dyn Value>);

impl Erased {
    fn value<T: 'static>(&self) -> &T {
        match self.0.as_any().downcast_ref() {
            Some(value) => value,
            None => unreachable!("a Derived memo holds a value of its own type"),
        }
    }
}

impl PartialEq for Erased {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || self.0.same(&*other.0)
    }
}

/// What an erased value can do: be compared with another, and be read as its type.
trait Value: Send + Sync {
    fn same(&self, other: &dyn Value) -> bool;
    fn as_any(&self) -> &dyn Any;
}

impl<T: PartialEq + Send + Sync + 'static> Value for T {
    fn same(&self, other: &dyn Value) -> bool {
        other.as_any().downcast_ref::<T>() == Some(self)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A signal of a `T` held erased, as [`Derived`] holds a memo's value: Leptos builds its signal
/// code (several hundred bytes of wasm) once per type of value, and many of the app's signals
/// have a type of their own. Setting one boxes the value; reading checks its type.
pub(crate) struct Held<T: 'static> {
    signal: RwSignal<Boxed>,
    value: PhantomData<fn() -> T>,
}

impl<T> Clone for Held<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Held<T> {}

/// A signal's value, its type erased (see [`Held`]).
struct Boxed(Box<dyn Any + Send + Sync>);

impl Boxed {
    fn value<T: 'static>(&self) -> &T {
        match self.0.downcast_ref() {
            Some(value) => value,
            None => unreachable!("a Held signal holds a value of its own type"),
        }
    }

    fn value_mut<T: 'static>(&mut self) -> &mut T {
        match self.0.downcast_mut() {
            Some(value) => value,
            None => unreachable!("a Held signal holds a value of its own type"),
        }
    }
}

impl<T: Send + Sync + 'static> Held<T> {
    pub(crate) fn new(value: T) -> Self {
        Held {
            signal: RwSignal::new(Boxed(Box::new(value))),
            value: PhantomData,
        }
    }

    /// Replaces the value and notifies its readers.
    pub(crate) fn set(&self, value: T) {
        self.signal.set(Boxed(Box::new(value)));
    }
}

impl<T: 'static> Held<T> {
    /// Reads the value, tracked.
    pub(crate) fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.signal.with(|b| f(b.value()))
    }

    /// Reads the value, not tracked.
    pub(crate) fn with_untracked<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.signal.with_untracked(|b| f(b.value()))
    }

    /// A copy of the value, tracked.
    pub(crate) fn get(&self) -> T
    where
        T: Clone,
    {
        self.with(T::clone)
    }

    /// A copy of the value, not tracked.
    pub(crate) fn get_untracked(&self) -> T
    where
        T: Clone,
    {
        self.with_untracked(T::clone)
    }

    /// Changes the value in place and notifies its readers.
    pub(crate) fn update(&self, f: impl FnOnce(&mut T)) {
        self.signal.update(|b| f(b.value_mut()));
    }

    /// Changes the value in place without notifying its readers, if the signal is still alive.
    pub(crate) fn try_update_untracked<R>(&self, f: impl FnOnce(&mut T) -> R) -> Option<R> {
        self.signal.try_update_untracked(|b| f(b.value_mut()))
    }

    /// Tracks the value without reading it.
    pub(crate) fn track(&self) {
        self.signal.track();
    }
}

/// A value kept by the current owner, not reactive (`StoredValue`), held erased as [`Held`]
/// holds a signal's: Leptos builds its stored-value code once per type of value.
pub(crate) struct Kept<T: 'static> {
    stored: StoredValue<Boxed>,
    value: PhantomData<fn() -> T>,
}

impl<T> Clone for Kept<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Kept<T> {}

impl<T: Send + Sync + 'static> Kept<T> {
    pub(crate) fn new(value: T) -> Self {
        Kept {
            stored: StoredValue::new(Boxed(Box::new(value))),
            value: PhantomData,
        }
    }

    pub(crate) fn set_value(&self, value: T) {
        self.stored.set_value(Boxed(Box::new(value)));
    }
}

impl<T: 'static> Kept<T> {
    pub(crate) fn with_value<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.stored.with_value(|b| f(b.value()))
    }

    pub(crate) fn get_value(&self) -> T
    where
        T: Clone,
    {
        self.with_value(T::clone)
    }

    pub(crate) fn update_value<R>(&self, f: impl FnOnce(&mut T) -> R) {
        self.stored.update_value(|b| {
            f(b.value_mut());
        });
    }

    /// Changes the value if its owner is still alive: None once it is gone.
    pub(crate) fn try_update_value<R>(&self, f: impl FnOnce(&mut T) -> R) -> Option<R> {
        self.stored.try_update_value(|b| f(b.value_mut()))
    }
}
