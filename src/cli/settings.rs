//! Settings: where the URL, the tree and the release come from, and opening the
//! database with `--wait` and `--create-database`.
//!
//! The URL: `--url`, else `AST_SCHEMA_URL`, else the ini's `sqlalchemy.url`, else
//! the built-in SQLite file, which is refused when the run asks for a server
//! (`--wait`, `--create-database`, `AST_SCHEMA_REQUIRE_URL`) or when a look-alike
//! variable (`DATABASE_URL`, `AST_SCHEMA_URI`, ...) says someone meant to give one.
//! The chain: `--asterisk`, else the Asterisk scripts at `--scripts` or the ini's
//! `script_location` (recognised by [`crate::engine::scripts`]), else ast-schema's
//! own revisions (Asterisk's main branch).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::cli::args::GlobalOpts;
use crate::cli::ini::{self, IniSettings, DEFAULT_URL};
use crate::cli::output::Style;
use crate::db::connect;
use crate::db::driver::{Connection, Session};
use crate::db::url::DbUrl;
use crate::db::version as state;
use crate::definitions::dialect::Dialect;
use crate::definitions::releases;
use crate::definitions::revision::{Tree, RUNTIME_LABEL, SITE_LABEL};
use crate::engine::scripts::{self, Recognised};
use crate::engine::site;
use crate::error::Error;

/// Where the URL came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlSource {
    CommandLine,
    Environment,
    Ini(PathBuf),
    Default,
}

impl UrlSource {
    pub fn describe(&self) -> String {
        match self {
            UrlSource::CommandLine => "--url".into(),
            UrlSource::Environment => "AST_SCHEMA_URL".into(),
            UrlSource::Ini(p) => format!("sqlalchemy.url of {}", p.display()),
            UrlSource::Default => format!("the built-in default {DEFAULT_URL}"),
        }
    }
}

/// Where the settings came from, resolved.
pub struct Settings {
    pub url: DbUrl,
    /// Whether the URL came from --url, the environment or an ini (not the default).
    pub explicit: bool,
    pub source: UrlSource,
    pub trees: Vec<Tree>,
    /// `--tree all`
    pub all: bool,
    /// Whether the tree is the default (`config`): neither `--tree` nor an ini chose it.
    pub tree_defaulted: bool,
    /// The Asterisk scripts recognised per tree (empty without scripts).
    pub recognised: Vec<Recognised>,
}

/// What the newest revision of `t` is called: `head` for ast-schema's own revisions,
/// `newest of Asterisk 20.20.1` on a release's.
pub fn head_word(t: &Tree) -> String {
    match t.release {
        Some("unreleased") | Some(RUNTIME_LABEL) | Some(SITE_LABEL) => {
            "newest of these scripts".into()
        }
        Some(r) => format!("newest of Asterisk {r}"),
        None => "head".into(),
    }
}

pub fn settings(g: &GlobalOpts) -> Result<Settings, Error> {
    let ini = match &g.config {
        Some(p) => Some(ini::read_ini(p)?),
        None => None,
    };
    let (url, source) = url_of(g, ini.as_ref())?;
    let mut url = DbUrl::parse(&url)?;
    if let Some(f) = &g.password_file {
        url.set_password_file(f)?;
    }
    let explicit = source != UrlSource::Default;
    let name = g
        .tree
        .clone()
        .or_else(|| ini.as_ref().and_then(|i| i.tree.clone()));
    let tree_defaulted = name.is_none();
    let name = name.unwrap_or_else(|| "config".into());
    let (mut trees, all) = if name == "all" {
        (Tree::all().collect::<Vec<_>>(), true)
    } else {
        (vec![Tree::named(&name)?], false)
    };
    let mut recognised = Vec::new();
    if let Some(spec) = &g.asterisk {
        if let Some(dir) = &g.scripts {
            return Err(Error::Config(format!(
                "--asterisk {spec} and --scripts {} both choose the scripts to follow; give one",
                dir.display()
            )));
        }
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
    } else if let Some(folders) = script_folders(g, ini.as_ref(), &trees)? {
        let mut chains = Vec::new();
        for (t, dir) in trees.iter().zip(folders) {
            match dir {
                Some(dir) => {
                    let r = scripts::recognise(&dir, t.name)?;
                    if !g.quiet {
                        crate::err_line!(
                            "note: {}: following {} in {} ({} scripts; head is {})",
                            t.name,
                            r.whose(),
                            r.dir.display(),
                            r.scripts,
                            r.tree.head().map_or("base", |h| h.id)
                        );
                    }
                    chains.push(r.tree);
                    recognised.push(r);
                }
                None if all => {}
                None => {
                    return Err(Error::Config(format!(
                        "no {} scripts beside the others given (no {}/versions folder)",
                        t.name, t.name
                    )))
                }
            }
        }
        trees = chains;
    }
    if let Some(dir) = &g.migrations {
        trees = trees
            .iter()
            .map(|t| site::extend(t, dir))
            .collect::<Result<_, _>>()?;
    }
    Ok(Settings {
        url,
        explicit,
        source,
        trees,
        all,
        tree_defaulted,
        recognised,
    })
}

/// The URL and where it came from; says on stderr which source won when several
/// were given (and with -v, always).
fn url_of(g: &GlobalOpts, ini: Option<&IniSettings>) -> Result<(String, UrlSource), Error> {
    let ini_path = g.config.clone().unwrap_or_default();
    let env_url = std::env::var("AST_SCHEMA_URL")
        .ok()
        .filter(|v| !v.is_empty());
    let mut given: Vec<(String, UrlSource)> = Vec::new();
    if let (Some(u), true) = (&g.url, g.url_on_command_line) {
        given.push((u.clone(), UrlSource::CommandLine));
    }
    if let Some(u) = env_url.or_else(|| g.url.clone().filter(|_| !g.url_on_command_line)) {
        given.push((u, UrlSource::Environment));
    }
    if let Some(i) = ini {
        match &i.url {
            Some(u) => given.push((u.clone(), UrlSource::Ini(ini_path.clone()))),
            None if given.is_empty() => {
                return Err(Error::Config(format!(
                    "{} has no sqlalchemy.url in its [alembic] section",
                    ini_path.display()
                )))
            }
            None => {}
        }
    }
    if given.len() > 1 && !g.quiet {
        let others: Vec<String> = given[1..].iter().map(|(_, s)| s.describe()).collect();
        crate::err_line!(
            "note: using the database URL from {}; {} also given, not used",
            given[0].1.describe(),
            others.join(" and ")
        );
    } else if given.len() == 1 && g.verbose && !g.quiet {
        crate::err_line!("note: database URL from {}", given[0].1.describe());
    }
    Ok(given
        .into_iter()
        .next()
        .unwrap_or_else(|| (DEFAULT_URL.to_string(), UrlSource::Default)))
}

/// For each tree, the folder of Asterisk scripts to follow (`None` when that tree has
/// none there), or `None` when no scripts are given or found.
fn script_folders(
    g: &GlobalOpts,
    ini: Option<&IniSettings>,
    trees: &[Tree],
) -> Result<Option<Vec<Option<PathBuf>>>, Error> {
    // The tree folder given (or found), and the tree it is for.
    let (folder, named): (PathBuf, Option<String>) = if let Some(dir) = &g.scripts {
        if scripts::is_script_folder(dir) {
            let name = dir.file_name().map(|n| n.to_string_lossy().into_owned());
            (dir.clone(), name)
        } else if trees
            .iter()
            .any(|t| scripts::is_script_folder(&dir.join(t.name)))
        {
            return Ok(Some(
                trees
                    .iter()
                    .map(|t| Some(dir.join(t.name)).filter(|d| scripts::is_script_folder(d)))
                    .collect(),
            ));
        } else {
            return Err(Error::Config(format!(
                "--scripts {}: no Alembic scripts there (neither versions/ nor <tree>/versions/)",
                dir.display()
            )));
        }
    } else {
        let Some(ini) = ini else {
            return Ok(None);
        };
        let Some(loc) = &ini.script_location else {
            return Ok(None);
        };
        let p = Path::new(loc);
        // Alembic resolves script_location from the current folder; the ini's own
        // folder is tried next, for an ini given by its full path.
        let found = if p.is_absolute() {
            Some(p.to_path_buf()).filter(|d| scripts::is_script_folder(d))
        } else {
            [PathBuf::from(loc), ini.here.join(loc)]
                .into_iter()
                .find(|d| scripts::is_script_folder(d))
        };
        match found {
            Some(d) => (d, ini.tree.clone()),
            None => {
                if !g.quiet {
                    crate::err_line!(
                        "note: script_location {loc:?} is no folder of Alembic scripts here (looked in the \
                         current folder and beside {}); following ast-schema's own revisions, whose head is \
                         the newest schema of Asterisk's main branch",
                        g.config.as_deref().unwrap_or(Path::new("?")).display()
                    );
                }
                return Ok(None);
            }
        }
    };
    // Trees other than the folder's come from its siblings (cdr beside config).
    let parent = folder.parent().map(Path::to_path_buf);
    Ok(Some(
        trees
            .iter()
            .map(|t| {
                if named.as_deref() == Some(t.name) {
                    Some(folder.clone())
                } else {
                    parent
                        .as_ref()
                        .map(|p| p.join(t.name))
                        .filter(|d| scripts::is_script_folder(d))
                }
            })
            .collect(),
    ))
}

pub fn seconds(what: &str, v: f64) -> Result<Duration, Error> {
    Duration::try_from_secs_f64(v)
        .map_err(|_| Error::Config(format!("{what} {v} is not a number of seconds")))
}

/// Environment variables that look like a database URL meant for ast-schema
/// (`DATABASE_URL` out of habit, `AST_SCHEMA_URI`, a misspelt `AST_SCHEMA_ULR`), set
/// and not empty.
pub fn look_alike_url_vars() -> Vec<String> {
    let ours = crate::cli::args::env_vars();
    let mut found: Vec<String> = std::env::vars_os()
        .filter(|(_, v)| !v.is_empty())
        .filter_map(|(k, _)| k.into_string().ok())
        .filter(|k| !ours.contains(k) && is_look_alike(k))
        .collect();
    found.sort();
    found
}

fn is_look_alike(name: &str) -> bool {
    let n = name.to_ascii_uppercase();
    if n == "AST_SCHEMA_URL" {
        return false;
    }
    const HABITS: [&str; 5] = [
        "DATABASE_URL",
        "DATABASE_URI",
        "DB_URL",
        "SQLALCHEMY_URL",
        "SQLALCHEMY_DATABASE_URI",
    ];
    let ours = n.starts_with("AST_SCHEMA") || n.starts_with("ASTSCHEMA");
    let urlish = ["URL", "URI", "DSN", "DATABASE"]
        .iter()
        .any(|w| n.contains(w));
    HABITS.contains(&n.as_str()) || (ours && urlish) || edit_distance(&n, "AST_SCHEMA_URL") <= 2
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// Refuses the built-in default where it would be taken by mistake: a run that asks
/// for a server, or one where a look-alike variable is set. Otherwise says on stderr
/// that the default is used.
pub fn check_default(g: &GlobalOpts, s: &Settings, style: Style) -> Result<(), Error> {
    if s.explicit {
        return Ok(());
    }
    let mut why: Vec<&str> = Vec::new();
    if g.wait > 0.0 {
        why.push("--wait");
    }
    if g.create_database {
        why.push("--create-database");
    }
    if g.require_url {
        why.push("AST_SCHEMA_REQUIRE_URL");
    }
    let look_alikes = look_alike_url_vars();
    const LOOKED_AT: &str =
        "--url, AST_SCHEMA_URL and sqlalchemy.url of -c/AST_SCHEMA_CONFIG are all unset";
    if !look_alikes.is_empty() {
        return Err(Error::Url(format!(
            "no database URL ({LOOKED_AT}), but {} {} set: ast-schema reads AST_SCHEMA_URL; \
             refusing the built-in {DEFAULT_URL} (give --url {DEFAULT_URL} to mean it)",
            look_alikes.join(", "),
            if look_alikes.len() == 1 { "is" } else { "are" }
        )));
    }
    if !why.is_empty() {
        return Err(Error::Url(format!(
            "no database URL ({LOOKED_AT}) and {} asks for a database server; refusing the built-in {DEFAULT_URL}",
            why.join(" and ")
        )));
    }
    if style.chatty() {
        crate::err_line!("note: no database URL given (--url, AST_SCHEMA_URL or -c); using {DEFAULT_URL} in the current directory");
    }
    Ok(())
}

/// What a command does with the database it opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Only reads it: a missing SQLite file (or database) is an error, never
    /// created, whatever `--create-database` says.
    Read,
    /// Changes it: `--create-database` may create it.
    Change,
}

/// Opens the database with --wait and --create-database (see [`Access`]).
pub fn open(
    g: &GlobalOpts,
    s: &Settings,
    style: Style,
    access: Access,
) -> Result<Box<dyn Connection>, Error> {
    let existing_only = access == Access::Read;
    check_default(g, s, style)?;
    let opts = connect::Options {
        wait: seconds("--wait", g.wait)?,
        create_database: g.create_database && !existing_only,
        existing_only,
    };
    let lock_wait = seconds("--lock-timeout", g.lock_timeout)?;
    crate::db::lock_wait::set(crate::db::lock_wait::Bounds {
        wait: g.ddl_lock_timeout,
        budget: g.ddl_lock_budget,
    });
    let mut last_line: Option<Instant> = None;
    let quiet = style.quiet;
    let url = s.url.to_string();
    let mut conn = connect::open(&s.url, &opts, &mut |attempt, waited, why| {
        // At most one line every few seconds.
        if !quiet && last_line.is_none_or(|t| t.elapsed() >= Duration::from_secs(3)) {
            crate::err_line!(
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
        crate::err_line!("{}", connect::describe(conn.as_mut(), &s.url));
    }
    Ok(conn)
}

/// With the default tree (no `--tree`, no ini), refuses a database that has no
/// version table for it but has another tree's: `current` would say `base` and
/// `upgrade` would build the config tables into a CDR database.
pub fn check_tree_choice(conn: &mut dyn Connection, s: &Settings) -> Result<(), Error> {
    if !s.tree_defaulted || s.all {
        return Ok(());
    }
    let Some(t) = s.trees.first() else {
        return Ok(());
    };
    let master = Tree::named(t.name)?;
    let tables = state::list_tables(conn)?;
    if tables.contains(&master.version_table()) {
        // Whatever it holds, the command itself reads (and judges) it.
        return Ok(());
    }
    let legacy = tables.iter().any(|x| x == state::LEGACY_TABLE);
    // Where a tree's version is, if anywhere: its table, or the legacy one.
    let mut has_version = |tree: &Tree| -> Option<String> {
        match state::version_id(conn, tree) {
            Ok((st, id)) if st.source != state::VersionSource::Missing => {
                Some(id.unwrap_or_else(|| "base".into()))
            }
            Ok(_) => None,
            Err(_) => tables
                .contains(&tree.version_table())
                .then(|| "an unreadable revision".into()),
        }
    };
    if legacy && has_version(&master).is_some() {
        return Ok(());
    }
    let mut others: Vec<String> = Vec::new();
    let mut first: Option<&str> = None;
    for o in Tree::all().filter(|o| o.name != t.name) {
        if !legacy && !tables.contains(&o.version_table()) {
            continue;
        }
        if let Some(at) = has_version(&o) {
            first.get_or_insert(o.name);
            others.push(format!("tree {}'s ({} at {at})", o.name, o.version_table()));
        }
    }
    let Some(first) = first else {
        return Ok(());
    };
    Err(Error::WrongTree(format!(
        "this database has no {} but has {}: add --tree {first} \
         (--tree {} adds the {} tables beside it, --tree all works on every tree)",
        master.version_table(),
        others.join(", "),
        t.name,
        t.name
    )))
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
        None if s.explicit => Ok(s.url.dialect),
        // The SQL of one database does not run on another: never guess.
        None => Err(Error::Usage(
            "--sql needs to know the database: give --dialect mysql, postgresql or sqlite, or a URL".into(),
        )),
    }
}

/// With --tree all a target must mean something in every tree.
pub fn check_all_target(s: &Settings, target: &str) -> Result<(), Error> {
    let word = |x: &str| matches!(x, "head" | "heads" | "base" | "current");
    let portable = word(target)
        || target.starts_with(['+', '-'])
        || target
            .split_once(':')
            .is_some_and(|(a, b)| [a, b].iter().all(|x| word(x)));
    if s.all && !portable {
        return Err(Error::UnknownRevision(format!(
            "with --tree all the target must be head, base, +N or -N (a revision id belongs to one tree), got {target:?}"
        )));
    }
    Ok(())
}

/// `base`, `4da0c5f79a9c`, `2285f2ace275 (head)` or, following a release's scripts,
/// `e89e30cee53f (newest of Asterisk 20.20.1)`.
pub fn describe_pos(t: &Tree, pos: usize) -> String {
    match pos {
        0 => "base".to_string(),
        p if p == t.len() => format!("{} ({})", t.at(p).id, head_word(t)),
        p => t.at(p).id.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn look_alikes_are_recognised() {
        for n in [
            "DATABASE_URL",
            "AST_SCHEMA_URI",
            "AST_SCHEMA_ULR",
            "AST_SCHEMA_DATABASE",
            "ast_schema_url_file",
            "AST_SCHEMA_DSN",
        ] {
            assert!(is_look_alike(n), "{n}");
        }
        for n in [
            "AST_SCHEMA_URL",
            "AST_SCHEMA_TREE",
            "PATH",
            "AST_SCHEMA_WAIT",
            "HOME",
        ] {
            assert!(!is_look_alike(n), "{n}");
        }
    }
}
