//! Settings: where the URL, the tree and the release come from, and opening the
//! database with `--wait` and `--create-database`.

use std::time::{Duration, Instant};

use crate::cli::args::GlobalOpts;
use crate::cli::ini::{self, DEFAULT_URL};
use crate::cli::output::Style;
use crate::db::connect;
use crate::db::driver::{Connection, Session};
use crate::db::url::DbUrl;
use crate::definitions::dialect::Dialect;
use crate::definitions::releases;
use crate::definitions::revision::Tree;
use crate::error::Error;

/// Where the settings came from, resolved.
pub struct Settings {
    pub url: DbUrl,
    /// Whether the URL came from --url, the environment or an ini (not the default).
    pub explicit: bool,
    pub trees: Vec<Tree>,
    /// `--tree all`
    pub all: bool,
}

pub fn settings(g: &GlobalOpts) -> Result<Settings, Error> {
    let ini = match &g.config {
        Some(p) => Some(ini::read_ini(p)?),
        None => None,
    };
    let (url, explicit) = match (&g.url, &ini) {
        (Some(u), _) => (u.clone(), true),
        (None, Some(ini)) => match &ini.url {
            Some(u) => (u.clone(), true),
            None => {
                return Err(Error::Config(format!(
                    "{} has no sqlalchemy.url in its [alembic] section",
                    g.config
                        .as_ref()
                        .map(|p| p.display().to_string())
                        .unwrap_or_default()
                )))
            }
        },
        (None, None) => (DEFAULT_URL.to_string(), false),
    };
    let mut url = DbUrl::parse(&url)?;
    if let Some(f) = &g.password_file {
        url.set_password_file(f)?;
    }
    let name = g
        .tree
        .clone()
        .or_else(|| ini.as_ref().and_then(|i| i.tree.clone()))
        .unwrap_or_else(|| "config".into());
    let (mut trees, all) = if name == "all" {
        (Tree::all().collect::<Vec<_>>(), true)
    } else {
        (vec![Tree::named(&name)?], false)
    };
    if let Some(spec) = &g.asterisk {
        let r = releases::find(spec)?;
        let mut chains = Vec::new();
        for t in &trees {
            match releases::chain(r, t)? {
                Some(chain) => chains.push(chain),
                None if all => {}
                None => {
                    return Err(Error::Config(format!(
                        "Asterisk {} has no {} tree",
                        r.name, t.name
                    )))
                }
            }
        }
        trees = chains;
    }
    Ok(Settings {
        url,
        explicit,
        trees,
        all,
    })
}

pub fn seconds(what: &str, v: f64) -> Result<Duration, Error> {
    Duration::try_from_secs_f64(v)
        .map_err(|_| Error::Config(format!("{what} {v} is not a number of seconds")))
}

pub fn note_default(s: &Settings, style: Style) {
    if !s.explicit && style.chatty() {
        eprintln!("note: no database URL given (--url, AST_SCHEMA_URL or -c); using {DEFAULT_URL} in the current directory");
    }
}

/// Opens the database with --wait and --create-database; `existing_only` for
/// commands that only read (a missing SQLite file is then an error, not created).
pub fn open(
    g: &GlobalOpts,
    s: &Settings,
    style: Style,
    existing_only: bool,
) -> Result<Box<dyn Connection>, Error> {
    note_default(s, style);
    let opts = connect::Options {
        wait: seconds("--wait", g.wait)?,
        create_database: g.create_database && !existing_only,
        existing_only,
    };
    let lock_wait = seconds("--lock-timeout", g.lock_timeout)?;
    let mut last_line: Option<Instant> = None;
    let quiet = style.quiet;
    let url = s.url.to_string();
    let mut conn = connect::open(&s.url, &opts, &mut |attempt, waited, why| {
        // At most one line every few seconds.
        if !quiet && last_line.is_none_or(|t| t.elapsed() >= Duration::from_secs(3)) {
            eprintln!(
                "waiting for {url} (attempt {attempt}, {} s so far): {why}",
                waited.as_secs()
            );
            last_line = Some(Instant::now());
        }
    })?;
    let session = Session {
        lock_wait: Some(lock_wait),
        lock_lease: Some(seconds("--lock-lease", g.lock_lease)?),
    };
    conn.configure(&session)
        .map_err(|e| Error::Database(format!("cannot set up the session: {e}")))?;
    if style.verbose && style.chatty() {
        eprintln!("{}", connect::describe(conn.as_mut(), &s.url));
    }
    Ok(conn)
}

/// `config: ` before a line when several trees are shown.
pub fn prefix(t: &Tree, all: bool) -> String {
    if all {
        format!("{}: ", t.name)
    } else {
        String::new()
    }
}

/// The dialect for offline output: --dialect, else the URL's.
pub fn offline_dialect(g: &GlobalOpts, s: &Settings) -> Result<Dialect, Error> {
    match g.dialect {
        Some(d) if s.explicit && d != s.url.dialect => Err(Error::Config(format!(
            "--dialect {d} contradicts the URL, which is {}",
            s.url.dialect
        ))),
        Some(d) => Ok(d),
        None => Ok(s.url.dialect),
    }
}

/// With --tree all a target must mean something in every tree.
pub fn check_all_target(s: &Settings, target: &str) -> Result<(), Error> {
    let portable = matches!(target, "head" | "heads" | "base")
        || target.starts_with(['+', '-'])
        || target.split_once(':').is_some_and(|(a, b)| {
            [a, b]
                .iter()
                .all(|x| matches!(*x, "head" | "heads" | "base"))
        });
    if s.all && !portable {
        return Err(Error::UnknownRevision(format!(
            "with --tree all the target must be head, base, +N or -N (a revision id belongs to one tree), got {target:?}"
        )));
    }
    Ok(())
}

pub fn describe_pos(t: &Tree, pos: usize) -> String {
    match pos {
        0 => "base".to_string(),
        p if p == t.len() => format!("{} (head)", t.at(p).id),
        p => t.at(p).id.to_string(),
    }
}
