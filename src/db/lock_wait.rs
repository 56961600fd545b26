//! Bounded lock waits for changes on a live database.
//!
//! A DDL statement that waits for a table (or metadata) lock another session holds
//! makes every later query on that table queue behind it: an application's writer
//! stalls for as long as the holder keeps its transaction open. So each change
//! waits at most [`Bounds::wait`] (`--ddl-lock-timeout`) for a lock; when that is
//! hit, the step goes back to a clean point, waits a little (with jitter) and tries
//! again, for at most [`Bounds::budget`] (`--ddl-lock-budget`) in all. Each driver
//! applies the bound its own way ([`crate::db::driver::Connection::bound_lock_waits`])
//! and names the sessions that hold the lock where its server can tell
//! ([`crate::db::driver::Connection::lock_holders`]).
//!
//! The bounds are process-wide, set once from the command line, as the signal state
//! is (`interrupt`).

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// The default bound on one lock wait: short enough that the queries queued behind
/// a waiting DDL statement wait about as long, long enough for a busy table's own
/// short transactions to finish.
pub const DEFAULT_WAIT: Duration = Duration::from_millis(150);
/// The default total time a step keeps trying.
pub const DEFAULT_BUDGET: Duration = Duration::from_secs(300);
/// The largest bound and budget taken: more is surely a mistake.
pub const MAX_WAIT: Duration = Duration::from_secs(600);
pub const MAX_BUDGET: Duration = Duration::from_secs(7 * 24 * 3600);

/// How long one lock wait and all the tries of one step may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bounds {
    pub wait: Duration,
    pub budget: Duration,
}

static WAIT_US: AtomicU64 = AtomicU64::new(DEFAULT_WAIT.as_micros() as u64);
static BUDGET_US: AtomicU64 = AtomicU64::new(DEFAULT_BUDGET.as_micros() as u64);

/// Sets the bounds for the rest of the process.
pub fn set(b: Bounds) {
    WAIT_US.store(b.wait.as_micros() as u64, Ordering::SeqCst);
    BUDGET_US.store(b.budget.as_micros() as u64, Ordering::SeqCst);
}

/// The bounds in force (the defaults unless [`set`]).
pub fn get() -> Bounds {
    Bounds {
        wait: Duration::from_micros(WAIT_US.load(Ordering::SeqCst)),
        budget: Duration::from_micros(BUDGET_US.load(Ordering::SeqCst)),
    }
}

/// A session holding a lock a change waited for, as far as the server tells.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Holder {
    /// The server's id for it: PostgreSQL's backend pid, MySQL's connection id
    /// (`SHOW PROCESSLIST`'s `Id`).
    pub id: String,
    pub user: Option<String>,
    pub application: Option<String>,
    /// Where it connects from (address, or MySQL's host:port).
    pub client: Option<String>,
    pub state: Option<String>,
    /// How long its transaction has been open, in seconds.
    pub seconds: Option<f64>,
    /// The start of its current or last query, cut short: never a whole query of
    /// another session.
    pub query: Option<String>,
}

impl Holder {
    /// "pid 4242 (user asterisk, application report, from 10.0.0.5, idle in
    /// transaction, transaction open 3.2 s, query "SELECT ...")".
    pub fn describe(&self, id_word: &str) -> String {
        let mut parts = Vec::new();
        if let Some(u) = &self.user {
            parts.push(format!("user {u}"));
        }
        if let Some(a) = self.application.as_deref().filter(|a| !a.is_empty()) {
            parts.push(format!("application {a}"));
        }
        if let Some(c) = self.client.as_deref().filter(|c| !c.is_empty()) {
            parts.push(format!("from {c}"));
        }
        if let Some(s) = self.state.as_deref().filter(|s| !s.is_empty()) {
            parts.push(s.to_string());
        }
        if let Some(t) = self.seconds {
            parts.push(format!("transaction open {t:.1} s"));
        }
        if let Some(q) = self.query.as_deref().filter(|q| !q.is_empty()) {
            parts.push(format!("query {q:?}"));
        }
        if parts.is_empty() {
            format!("{id_word} {}", self.id)
        } else {
            format!("{id_word} {} ({})", self.id, parts.join(", "))
        }
    }
}

/// The first `max` characters of a query, on one line, with "..." when cut.
pub fn cut(query: &str, max: usize) -> String {
    let one: String = query.split_whitespace().collect::<Vec<_>>().join(" ");
    if one.chars().count() <= max {
        return one;
    }
    let mut s: String = one.chars().take(max).collect();
    s.push_str("...");
    s
}

/// The table a change works on, where its text says: `ALTER TABLE t`, `UPDATE t`,
/// `DELETE FROM t`, `INSERT INTO t`, `DROP TABLE [IF EXISTS] t`, `CREATE [UNIQUE]
/// INDEX i ON t`, `DROP INDEX i ON t`. Quotes and a schema prefix are dropped.
pub fn statement_table(sql: &str) -> Option<String> {
    let words: Vec<&str> = sql.split_whitespace().collect();
    let upper: Vec<String> = words.iter().map(|w| w.to_ascii_uppercase()).collect();
    let at = |i: usize| upper.get(i).map(String::as_str);
    let name_at = match (at(0), at(1)) {
        (Some("ALTER"), Some("TABLE")) | (Some("DROP"), Some("TABLE")) => {
            let mut i = 2;
            if at(i) == Some("IF") && at(i + 1) == Some("EXISTS") {
                i += 2;
            }
            if at(i) == Some("ONLY") {
                i += 1;
            }
            Some(i)
        }
        (Some("UPDATE"), _) => Some(1),
        (Some("DELETE"), Some("FROM")) | (Some("INSERT"), Some("INTO")) => Some(2),
        (Some("CREATE" | "DROP"), _) => upper
            .iter()
            .position(|w| w == "ON")
            .filter(|_| upper.iter().take(3).any(|w| w == "INDEX"))
            .map(|p| p + 1),
        _ => None,
    }?;
    let raw = words.get(name_at)?;
    let raw = raw.split('(').next()?.trim_end_matches([';', ',']);
    let name = raw.rsplit('.').next()?.trim_matches(['"', '`']);
    (!name.is_empty()).then(|| name.to_string())
}

/// How long to wait before try `attempt` (1 for the first retry): growing from the
/// bound itself to at most 2 s, times a jitter of 0.5-1.5 so that several runners
/// (or a runner and the application's own retries) do not fall into step.
pub fn backoff(attempt: u32, wait: Duration) -> Duration {
    let base = wait.max(Duration::from_millis(50)).as_secs_f64();
    let grown = (base * 1.5f64.powi(attempt.min(20) as i32)).min(2.0);
    Duration::from_secs_f64(grown * (0.5 + jitter()))
}

/// A number in [0, 1) that differs between calls and processes (the clock's
/// nanoseconds and the pid, mixed): jitter needs no more.
fn jitter() -> f64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos() as u64);
    let mut x = nanos ^ ((std::process::id() as u64) << 32) ^ 0x9e37_79b9_7f4a_7c15;
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    (x >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_of_a_change() {
        let t = |s: &str| statement_table(s);
        assert_eq!(
            t("ALTER TABLE cdr ADD COLUMN x INTEGER").as_deref(),
            Some("cdr")
        );
        assert_eq!(t("ALTER TABLE `cdr` MODIFY x INT").as_deref(), Some("cdr"));
        assert_eq!(
            t("alter table \"public\".\"cdr\" add x int").as_deref(),
            Some("cdr")
        );
        assert_eq!(
            t("UPDATE ps_endpoints SET a = 1").as_deref(),
            Some("ps_endpoints")
        );
        assert_eq!(
            t("DROP TABLE IF EXISTS queue_log").as_deref(),
            Some("queue_log")
        );
        assert_eq!(
            t("CREATE UNIQUE INDEX i ON cdr (a)").as_deref(),
            Some("cdr")
        );
        assert_eq!(t("CREATE INDEX i ON cdr(a)").as_deref(), Some("cdr"));
        assert_eq!(t("DROP INDEX i ON cdr").as_deref(), Some("cdr"));
        assert_eq!(t("DROP INDEX i"), None);
        assert_eq!(t("CREATE TYPE e AS ENUM ('a')"), None);
        assert_eq!(t("INSERT INTO x (a) VALUES (1)").as_deref(), Some("x"));
    }

    #[test]
    fn a_query_is_cut_to_its_start() {
        assert_eq!(cut("SELECT 1", 60), "SELECT 1");
        let long = format!("SELECT {}", "a, ".repeat(40));
        let c = cut(&long, 20);
        assert_eq!(c, format!("{}...", &long[..20]));
    }

    #[test]
    fn backoff_grows_with_jitter_and_stays_bounded() {
        let w = Duration::from_millis(150);
        for a in 1..40 {
            let d = backoff(a, w);
            assert!(
                d >= Duration::from_millis(37) && d <= Duration::from_secs(3),
                "{d:?}"
            );
        }
    }

    #[test]
    fn a_holder_in_words() {
        let h = Holder {
            id: "42".into(),
            user: Some("asterisk".into()),
            application: Some(String::new()),
            client: Some("10.0.0.5".into()),
            state: Some("idle in transaction".into()),
            seconds: Some(3.04),
            query: Some("SELECT 1".into()),
        };
        assert_eq!(
            h.describe("pid"),
            "pid 42 (user asterisk, from 10.0.0.5, idle in transaction, transaction open 3.0 s, query \"SELECT 1\")"
        );
        assert_eq!(
            Holder {
                id: "7".into(),
                ..Default::default()
            }
            .describe("thread"),
            "thread 7"
        );
    }
}
