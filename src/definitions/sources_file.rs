//! The script-source table's file format (`migrations/sources.toml`): which versions
//! of Asterisk's Alembic scripts each migration file stands for.
//!
//! One table per tree; each key is a migration file (`<rev>` for
//! `migrations/<tree>/<rev>.toml`, `<rev>@<label>` for the branch variant
//! `migrations/<tree>/variants/<label>/<rev>.toml`), each value the git blob ids
//! (`git hash-object`) of every `contrib/ast-db-manage/<tree>/versions/*.py` version
//! it translates, across all release tags and master. This file depends on nothing
//! of the crate, so `src/build.rs` includes it and refuses a key that names no
//! migration file, or a blob listed twice, at build time.

use std::collections::BTreeMap;

use crate::definitions::migration::one_line;

/// One script version: the tree, the migration file's key and the blob id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub tree: String,
    pub key: String,
    pub blob: String,
}

/// Parses the table; `file` names it in errors. A blob id must be 40 hex digits and
/// appear once per tree.
pub fn parse(file: &str, text: &str) -> Result<Vec<Source>, String> {
    let t: BTreeMap<String, BTreeMap<String, Vec<String>>> =
        toml::from_str(text).map_err(|e| format!("{file}: {}", one_line(&e.to_string())))?;
    let mut out: Vec<Source> = Vec::new();
    for (tree, keys) in t {
        for (key, blobs) in keys {
            for blob in blobs {
                if blob.len() != 40 || !blob.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return Err(format!(
                        "{file}: [{tree}] {key}: {blob:?} is not a git blob id"
                    ));
                }
                if let Some(other) = out.iter().find(|s| s.tree == tree && s.blob == blob) {
                    return Err(format!(
                        "{file}: [{tree}] blob {blob} is listed for both {} and {key}",
                        other.key
                    ));
                }
                out.push(Source {
                    tree: tree.clone(),
                    key: key.clone(),
                    blob: blob.to_ascii_lowercase(),
                });
            }
        }
    }
    Ok(out)
}
