//! The revision map of one tree: its chain from base to head, and target resolution.
//!
//! Positions count revisions applied: 0 is base, `len()` is head, position `p`
//! means the chain's first `p` revisions are applied. Targets are resolved the way
//! Alembic does: a full id or a unique prefix, `head`/`heads`, `base`, `+N`/`-N`
//! relative to the current revision, and `REV+N`/`REV-N`/`head-N` relative to a
//! named one. Each bad target gets one clear error.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use crate::definitions::migration::{self, Migration};
use crate::error::Error;

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// A migration file compiled into the binary.
#[derive(Debug)]
pub struct EmbeddedRevision {
    pub file: &'static str,
    pub id: &'static str,
    pub down: Option<&'static str>,
    pub message: &'static str,
    /// SHA-256 of the file, hex.
    pub sha256: &'static str,
    /// For a branch variant, its label (the first release carrying it).
    pub variant: Option<&'static str>,
    pub source: &'static str,
}

impl EmbeddedRevision {
    /// `id`, or `id@label` for a branch variant.
    pub fn key(&self) -> String {
        match self.variant {
            Some(l) => format!("{}@{l}", self.id),
            None => self.id.to_string(),
        }
    }

    /// The error for this revision's file being malformed or not fitting the schema:
    /// a site's own file and a script read from disk are the user's (exits 27 and
    /// 24), a file of this build is a bug in it (exit 17).
    pub fn invalid(&self, msg: String) -> Error {
        invalid_file(self.variant, msg)
    }
}

fn invalid_file(label: Option<&str>, msg: String) -> Error {
    match label {
        Some("site") => Error::SiteMigration(msg),
        Some("disk") => Error::UnknownScripts(msg),
        _ => Error::InvalidMigration(msg),
    }
}

#[derive(Debug)]
pub struct EmbeddedTree {
    pub name: &'static str,
    /// The Alembic ini file Asterisk ships for this tree (`config.ini`).
    pub ini: &'static str,
    /// What the tree holds, in a few words.
    pub about: &'static str,
    /// Master's chain, base to head.
    pub revisions: &'static [EmbeddedRevision],
    /// Branch variants, in label order.
    pub variants: &'static [EmbeddedRevision],
}

/// Revisions read at run time (Alembic scripts on disk the build does not carry, a
/// site's own migration files), and the chain of each tree they make, registered
/// once at start-up so that every part of the engine knows them as it knows the
/// embedded ones.
static RUNTIME: OnceLock<Mutex<Vec<Tree>>> = OnceLock::new();

/// The release label of a chain with Alembic scripts read from disk.
pub const RUNTIME_LABEL: &str = "the scripts on disk";
/// The release label of a chain with a site's own migration files on top.
pub const SITE_LABEL: &str = "site revisions";

/// The revision `id` of `tree` when it exists only at run time (read from a script
/// on disk or a site's file), not in this build.
pub fn runtime_only(tree: &str, id: &str) -> Option<&'static EmbeddedRevision> {
    let c = runtime_chain(tree)?;
    let r = c.at(c.position(id)?);
    r.variant
        .filter(|l| *l == "disk" || *l == "site")
        .map(|_| r)
}

/// Registers `chain` (a tree's chain with revisions read at run time) for its tree.
pub fn register_runtime_chain(chain: Tree) {
    let mut v = RUNTIME
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    v.retain(|t| t.name != chain.name);
    v.push(chain);
}

/// The chain registered for `tree`, if revisions were read at run time for it.
pub fn runtime_chain(tree: &str) -> Option<Tree> {
    RUNTIME
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .iter()
        .find(|t| t.name == tree)
        .copied()
}

/// Makes a revision that exists only at run time: `source` is its migration file's
/// text (TOML), `origin` where it came from (for messages), `label` `disk` for an
/// Alembic script, `site` for a site's own file.
pub fn runtime_revision(
    origin: String,
    source: String,
    label: &'static str,
) -> Result<&'static EmbeddedRevision, Error> {
    let m = migration::parse(&origin, &source).map_err(|e| invalid_file(Some(label), e))?;
    let sha256 = {
        use sha2::{Digest, Sha256};
        Sha256::digest(source.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    };
    let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
    Ok(Box::leak(Box::new(EmbeddedRevision {
        file: leak(origin),
        id: leak(m.revision),
        down: m.down_revision.map(leak),
        message: leak(m.message),
        sha256: leak(sha256),
        variant: Some(label),
        source: leak(source),
    })))
}

/// One migration tree (config, cdr, voicemail, queue_log), base to head: master's
/// chain, or the chain an Asterisk release's own scripts form (`release`).
#[derive(Debug, Clone, Copy)]
pub struct Tree {
    pub name: &'static str,
    pub revisions: &'static [&'static EmbeddedRevision],
    /// The release whose chain this is; `None` for master.
    pub release: Option<&'static str>,
}

impl Tree {
    /// Every tree compiled in, in the order `migrations/trees.toml` lists them.
    pub fn all() -> impl Iterator<Item = Tree> {
        static MASTER: OnceLock<Vec<Tree>> = OnceLock::new();
        MASTER
            .get_or_init(|| {
                TREES
                    .iter()
                    .map(|t| {
                        let refs: Vec<&'static EmbeddedRevision> = t.revisions.iter().collect();
                        Tree {
                            name: t.name,
                            revisions: Vec::leak(refs),
                            release: None,
                        }
                    })
                    .collect()
            })
            .clone()
            .into_iter()
    }

    /// The embedded data of the tree named `name`: master's chain and its variants.
    pub fn embedded(name: &str) -> Option<&'static EmbeddedTree> {
        TREES.iter().find(|t| t.name == name)
    }

    /// A chain of this tree made of the given revision files (a release's chain).
    pub fn with_chain(
        &self,
        revisions: Vec<&'static EmbeddedRevision>,
        release: &'static str,
    ) -> Tree {
        Tree {
            name: self.name,
            revisions: Vec::leak(revisions),
            release: Some(release),
        }
    }

    pub fn named(name: &str) -> Result<Tree, Error> {
        Tree::all().find(|t| t.name == name).ok_or_else(|| {
            let known: Vec<&str> = Tree::all().map(|t| t.name).collect();
            Error::Config(format!(
                "unknown tree {name:?} (known: {})",
                known.join(", ")
            ))
        })
    }

    pub fn len(&self) -> usize {
        self.revisions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.revisions.is_empty()
    }

    /// The version table Asterisk's env.py uses for this tree.
    pub fn version_table(&self) -> String {
        format!("alembic_version_{}", self.name)
    }

    pub fn head(&self) -> Option<&'static EmbeddedRevision> {
        self.revisions.last().copied()
    }

    /// The revision at position `pos` (1..=len).
    pub fn at(&self, pos: usize) -> &'static EmbeddedRevision {
        self.revisions[pos - 1]
    }

    /// Position of a full revision id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.revisions
            .iter()
            .position(|r| r.id == id)
            .map(|i| i + 1)
    }

    /// `base` or the id at `pos`.
    pub fn label(&self, pos: usize) -> &'static str {
        if pos == 0 {
            "base"
        } else {
            self.at(pos).id
        }
    }

    /// The migration at `pos`, parsed once per process.
    pub fn migration(&self, pos: usize) -> Result<Arc<Migration>, Error> {
        static PARSED: OnceLock<Mutex<HashMap<&'static str, Arc<Migration>>>> = OnceLock::new();
        let r = self.at(pos);
        let cache = PARSED.get_or_init(Default::default);
        if let Some(m) = cache.lock().unwrap_or_else(|p| p.into_inner()).get(r.file) {
            return Ok(Arc::clone(m));
        }
        let m = Arc::new(migration::parse(r.file, r.source).map_err(|e| r.invalid(e))?);
        cache
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(r.file, Arc::clone(&m));
        Ok(m)
    }

    /// Resolves a target relative to the `current` position.
    pub fn resolve(&self, spec: &str, current: usize) -> Result<usize, Error> {
        let spec = spec.trim();
        if spec.is_empty() {
            return Err(Error::UnknownRevision("empty revision".into()));
        }
        if let Some(n) = spec.strip_prefix('+') {
            return self.offset(current, parse_count(spec, n)?, spec);
        }
        if let Some(n) = spec.strip_prefix('-') {
            return self.offset(current, -parse_count(spec, n)?, spec);
        }
        if let Some(i) = spec.rfind(['+', '-']) {
            let (base, n) = (&spec[..i], &spec[i + 1..]);
            let delta = parse_count(spec, n)?;
            let from = self.resolve_name(base)?;
            return self.offset(
                from,
                if spec.as_bytes()[i] == b'+' {
                    delta
                } else {
                    -delta
                },
                spec,
            );
        }
        self.resolve_name(spec)
    }

    fn resolve_name(&self, name: &str) -> Result<usize, Error> {
        match name {
            "head" | "heads" => return Ok(self.len()),
            "base" => return Ok(0),
            _ => {}
        }
        if let Some(p) = self.position(name) {
            return Ok(p);
        }
        let matches: Vec<(usize, &EmbeddedRevision)> = self
            .revisions
            .iter()
            .enumerate()
            .filter(|(_, r)| r.id.starts_with(name))
            .map(|(i, r)| (i + 1, *r))
            .collect();
        match matches.as_slice() {
            [(pos, _)] => Ok(*pos),
            [] => Err(Error::UnknownRevision(format!(
                "no revision {name:?} in tree {}",
                self.name
            ))),
            many => Err(Error::UnknownRevision(format!(
                "revision prefix {name:?} is ambiguous in tree {}: {}",
                self.name,
                many.iter()
                    .map(|(_, r)| r.id)
                    .collect::<Vec<_>>()
                    .join(", ")
            ))),
        }
    }

    fn offset(&self, from: usize, delta: i64, spec: &str) -> Result<usize, Error> {
        let to = from as i64 + delta;
        if to < 0 {
            return Err(Error::OutOfRange(format!(
                "{spec} goes {} revision(s) below base (from {} in tree {})",
                -to,
                self.label(from),
                self.name
            )));
        }
        if to as usize > self.len() {
            return Err(Error::OutOfRange(format!(
                "{spec} goes {} revision(s) past head (from {} in tree {}, head is {})",
                to as usize - self.len(),
                self.label(from),
                self.name,
                self.label(self.len())
            )));
        }
        Ok(to as usize)
    }
}

fn parse_count(spec: &str, n: &str) -> Result<i64, Error> {
    n.parse::<u32>().map(i64::from).map_err(|_| {
        Error::UnknownRevision(format!(
            "bad relative revision {spec:?} (expected +N or -N)"
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Tree {
        Tree::named("config").unwrap()
    }

    #[test]
    fn head_base_and_full_ids_resolve() {
        let t = config();
        assert_eq!(t.resolve("head", 0).unwrap(), t.len());
        assert_eq!(t.resolve("heads", 3).unwrap(), t.len());
        assert_eq!(t.resolve("base", 5).unwrap(), 0);
        assert_eq!(t.resolve(t.at(7).id, 0).unwrap(), 7);
    }

    #[test]
    fn a_unique_prefix_resolves_and_an_ambiguous_one_names_the_candidates() {
        let t = config();
        let id = t.at(10).id;
        // The shortest prefix of `id` that no other revision shares.
        let unique = (1..=id.len())
            .map(|n| &id[..n])
            .find(|p| t.revisions.iter().filter(|r| r.id.starts_with(p)).count() == 1)
            .unwrap();
        assert_eq!(t.resolve(unique, 0).unwrap(), 10);
        let shared = (1..=3)
            .flat_map(|n| t.revisions.iter().map(move |r| &r.id[..n]))
            .find(|p| t.revisions.iter().filter(|r| r.id.starts_with(p)).count() > 1)
            .unwrap();
        let err = t.resolve(shared, 0).unwrap_err().to_string();
        assert!(err.contains("ambiguous") && err.contains(shared), "{err}");
        assert!(matches!(
            t.resolve("zzzz", 0),
            Err(Error::UnknownRevision(_))
        ));
    }

    #[test]
    fn relative_targets_count_from_the_current_or_a_named_revision() {
        let t = config();
        assert_eq!(t.resolve("+2", 3).unwrap(), 5);
        assert_eq!(t.resolve("-3", 3).unwrap(), 0);
        assert_eq!(t.resolve("head-1", 0).unwrap(), t.len() - 1);
        assert_eq!(t.resolve(&format!("{}+1", t.at(4).id), 0).unwrap(), 5);
        let below = t.resolve("-4", 3).unwrap_err();
        assert!(
            matches!(below, Error::OutOfRange(ref m) if m.contains("below base")),
            "{below}"
        );
        let above = t.resolve("+2", t.len() - 1).unwrap_err();
        assert!(
            matches!(above, Error::OutOfRange(ref m) if m.contains("past head")),
            "{above}"
        );
        assert!(matches!(t.resolve("+x", 0), Err(Error::UnknownRevision(_))));
        assert!(matches!(t.resolve("", 0), Err(Error::UnknownRevision(_))));
    }

    #[test]
    fn trees_come_in_the_order_of_migrations_trees_toml() {
        let names: Vec<&str> = Tree::all().map(|t| t.name).collect();
        assert_eq!(names, ["config", "cdr", "voicemail", "queue_log"]);
        assert!(Tree::named("nope").is_err());
    }
}
