//! The release table's file format (`migrations/releases.toml`) and how its chain
//! items resolve to revision files.
//!
//! Each release lists, per tree, its chain from base to head as items: `A..B`
//! (master's revisions A through B), `R` (master's R) and `R@label` (the branch
//! variant `migrations/<tree>/variants/<label>/R.toml`). This file depends on
//! nothing of the crate, so `src/build.rs` includes it and refuses a table that
//! names a missing revision or breaks a chain, naming the release, at build time.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::definitions::migration::one_line;

/// One Asterisk release. Every key besides these three is a tree's chain (the
/// build checks each names a tree).
#[derive(Debug, Clone, Deserialize)]
pub struct Release {
    pub name: String,
    /// `20` for standard releases, `certified-18.9` for a certified series.
    pub line: String,
    pub certified: bool,
    /// Per tree (by name), the chain items.
    #[serde(flatten)]
    pub trees: BTreeMap<String, Vec<String>>,
}

impl Release {
    /// The chain items of one tree, if the release has that tree.
    pub fn items(&self, tree: &str) -> Option<&[String]> {
        self.trees.get(tree).map(Vec::as_slice)
    }

    /// Whether any item of any tree is a branch variant.
    pub fn has_variants(&self) -> bool {
        self.trees
            .values()
            .any(|items| items.iter().any(|i| i.contains('@')))
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    release: Vec<Release>,
}

/// Parses the release table; `file` names it in errors.
pub fn parse(file: &str, text: &str) -> Result<Vec<Release>, String> {
    let f: File =
        toml::from_str(text).map_err(|e| format!("{file}: {}", one_line(&e.to_string())))?;
    Ok(f.release)
}

/// What the resolver needs to know of a revision file.
pub trait RevisionFile: Copy {
    fn id(self) -> String;
    fn down(self) -> Option<String>;
    /// The variant label, `None` for master's file.
    fn label(self) -> Option<String>;
}

/// Turns chain items into revision files of one tree, checking every link:
/// `master` is master's chain from base to head, `variants` every variant file.
pub fn resolve_items<R: RevisionFile>(
    tree: &str,
    items: &[String],
    master: &[R],
    variants: &[R],
) -> Result<Vec<R>, String> {
    let pos = |id: &str| {
        master
            .iter()
            .position(|r| r.id() == id)
            .ok_or_else(|| format!("tree {tree}: {id} is not a revision of master's chain"))
    };
    let mut out: Vec<R> = Vec::new();
    for item in items {
        if let Some((a, b)) = item.split_once("..") {
            let (pa, pb) = (pos(a)?, pos(b)?);
            if pb < pa {
                return Err(format!("tree {tree}: {item} runs backwards"));
            }
            out.extend_from_slice(&master[pa..=pb]);
        } else if let Some((id, label)) = item.split_once('@') {
            let v = variants
                .iter()
                .find(|v| v.id() == id && v.label().as_deref() == Some(label))
                .ok_or_else(|| {
                    format!(
                        "tree {tree}: no variant {item} (migrations/{tree}/variants/{label}/{id}.toml)"
                    )
                })?;
            out.push(*v);
        } else {
            out.push(master[pos(item)?]);
        }
    }
    for (i, r) in out.iter().enumerate() {
        let want = if i == 0 { None } else { Some(out[i - 1].id()) };
        if r.down() != want {
            let key = match r.label() {
                Some(l) => format!("{}@{l}", r.id()),
                None => r.id(),
            };
            return Err(format!(
                "tree {tree}: {key} revises {} but follows {} in the chain",
                r.down().unwrap_or_else(|| "nothing".into()),
                want.unwrap_or_else(|| "base".into())
            ));
        }
    }
    Ok(out)
}
