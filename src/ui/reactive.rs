//! The app's effects and memos, each built once in the wasm. Leptos builds its effect code once
//! per closure type given to `Effect::new` (about a kilobyte of wasm each), so each closure is
//! boxed first and `Effect::new` is built once. Its memo code is built once per type of value
//! (about a kilobyte each too), so the memos whose value type is their own hold it erased
//! ([`Derived`]), and the memo code is built for that one type: 3.3 KB of gzip less at start
//! (2026-12-06). (Memos with their closure boxed instead came out larger: 0.6 KB of gzip more.)

use leptos::prelude::{Effect, Memo, With, WithUntracked};
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
