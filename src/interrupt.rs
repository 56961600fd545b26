//! SIGINT and SIGTERM: a run that changes a database stops at its next clean point.
//!
//! [`install`] replaces the default action of both signals. Outside a [`Guard`]
//! (nothing is being changed: reading, planning, waiting for a server) a signal
//! still ends the process at once, as it would without ast-schema's handler, so a
//! read-only command or a wait stays interruptible. While a guard is held (a
//! command is moving a database) the first signal is only recorded: the engine
//! asks [`requested`] between revisions, and on MySQL between the statements of a
//! revision (each is marked in `ast_schema_history`), stops there, says where the
//! database stands, releases its lock and exits 130 (SIGINT) or 143 (SIGTERM). A
//! second signal while a statement still runs ends the process at once, which is
//! safe too: the next run finishes or undoes the step (crash recovery).
//!
//! The state is process-wide because signals are: two atomics, nothing else.
//! Imports nothing of the crate.

use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};

/// The signal received while guarded (0: none).
static RECEIVED: AtomicI32 = AtomicI32::new(0);
/// Whether a database is being changed.
static GUARDED: AtomicBool = AtomicBool::new(false);

pub const SIGINT: i32 = signal_hook::consts::SIGINT;
pub const SIGTERM: i32 = signal_hook::consts::SIGTERM;

/// Installs the handlers (once, at start). Where that fails the default action
/// stays, which is what a run had before.
pub fn install() {
    for sig in [SIGINT, SIGTERM] {
        // SAFETY: the handler only touches atomics and calls the async-signal-safe
        // default-action emulation of signal-hook.
        let _ = unsafe {
            signal_hook::low_level::register(sig, move || {
                let first = RECEIVED
                    .compare_exchange(0, sig, Ordering::SeqCst, Ordering::SeqCst)
                    .is_ok();
                if !GUARDED.load(Ordering::SeqCst) || !first {
                    let _ = signal_hook::low_level::emulate_default_handler(sig);
                }
            })
        };
    }
}

/// The signal that asked the run to stop, if any.
pub fn requested() -> Option<i32> {
    match RECEIVED.load(Ordering::SeqCst) {
        0 => None,
        s => Some(s),
    }
}

/// The signal's name, for messages.
pub fn name(sig: i32) -> &'static str {
    match sig {
        SIGINT => "SIGINT",
        SIGTERM => "SIGTERM",
        _ => "a signal",
    }
}

/// While alive, a signal is recorded instead of ending the process.
pub struct Guard {
    outer: bool,
}

/// Marks the start of a change (nested guards are fine).
pub fn guard() -> Guard {
    Guard {
        outer: !GUARDED.swap(true, Ordering::SeqCst),
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        if self.outer {
            GUARDED.store(false, Ordering::SeqCst);
        }
    }
}
