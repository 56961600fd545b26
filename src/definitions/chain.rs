//! Ordering and validation of one migration tree's revision links.
//!
//! This file has no dependencies beyond `std` so that `src/build.rs` can include it
//! (`#[path]`) and reject a broken tree at compile time with the same messages the
//! library gives at run time. A tree must be one straight line: exactly one base
//! (no down revision), every down revision present, no id twice, no cycle, and
//! exactly one head.

/// One revision as far as ordering is concerned.
#[derive(Debug, Clone)]
pub struct Link {
    /// Where it came from, for messages (a file path).
    pub file: String,
    pub id: String,
    pub down: Option<String>,
}

/// Orders `links` from base to head, or says which file breaks the chain.
pub fn order_chain(tree: &str, links: &[Link]) -> Result<Vec<usize>, String> {
    use std::collections::HashMap;
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    for (i, l) in links.iter().enumerate() {
        if l.id.is_empty() || !l.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(format!("{}: invalid revision id {:?}", l.file, l.id));
        }
        if let Some(&j) = by_id.get(l.id.as_str()) {
            return Err(format!(
                "{}: duplicate revision {} (also in {})",
                l.file, l.id, links[j].file
            ));
        }
        by_id.insert(&l.id, i);
    }
    let mut child: HashMap<&str, usize> = HashMap::new();
    let mut bases = Vec::new();
    for (i, l) in links.iter().enumerate() {
        match &l.down {
            None => bases.push(i),
            Some(d) => {
                if !by_id.contains_key(d.as_str()) {
                    return Err(format!(
                        "{}: down revision {} of {} does not exist in tree {}",
                        l.file, d, l.id, tree
                    ));
                }
                if let Some(&j) = child.get(d.as_str()) {
                    return Err(format!(
                        "{}: revision {} branches: both {} and {} ({}) revise it; tree {} must be a single line",
                        l.file, d, l.id, links[j].id, links[j].file, tree
                    ));
                }
                child.insert(d, i);
            }
        }
    }
    if links.is_empty() {
        return Ok(Vec::new());
    }
    let base = match bases.as_slice() {
        [b] => *b,
        [] => {
            return Err(format!(
                "{}: tree {} has no base revision (every revision names a down revision: a cycle)",
                links[0].file, tree
            ))
        }
        [a, b, ..] => {
            return Err(format!(
                "{}: tree {} has two base revisions, {} and {} ({})",
                links[*b].file, tree, links[*a].id, links[*b].id, links[*a].file
            ))
        }
    };
    let mut order = vec![base];
    let mut cur = base;
    while let Some(&next) = child.get(links[cur].id.as_str()) {
        order.push(next);
        cur = next;
    }
    if order.len() != links.len() {
        // Everything not reached from the base hangs off a cycle or a second chain.
        let reached: std::collections::HashSet<usize> = order.iter().copied().collect();
        let stray = (0..links.len()).find(|i| !reached.contains(i)).unwrap_or(0);
        return Err(format!(
            "{}: revision {} is not reachable from base {} (a cycle or a second head)",
            links[stray].file, links[stray].id, links[base].id
        ));
    }
    Ok(order)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(file: &str, id: &str, down: Option<&str>) -> Link {
        Link {
            file: file.into(),
            id: id.into(),
            down: down.map(Into::into),
        }
    }

    #[test]
    fn orders_by_links_not_by_file_names() {
        let links = vec![
            l("c.toml", "ccc", Some("aaa")),
            l("a.toml", "bbb", Some("ccc")),
            l("b.toml", "aaa", None),
        ];
        let order = order_chain("config", &links).unwrap();
        let ids: Vec<&str> = order.iter().map(|&i| links[i].id.as_str()).collect();
        assert_eq!(ids, ["aaa", "ccc", "bbb"]);
    }

    #[test]
    fn missing_down_revision_names_the_file() {
        let err = order_chain(
            "config",
            &[l("a.toml", "aaa", None), l("b.toml", "bbb", Some("zzz"))],
        )
        .unwrap_err();
        assert!(err.starts_with("b.toml:") && err.contains("zzz"), "{err}");
    }

    #[test]
    fn duplicate_revision_names_both_files() {
        let err = order_chain(
            "config",
            &[l("a.toml", "aaa", None), l("b.toml", "aaa", Some("aaa"))],
        )
        .unwrap_err();
        assert!(
            err.contains("b.toml") && err.contains("a.toml") && err.contains("duplicate"),
            "{err}"
        );
    }

    #[test]
    fn two_heads_are_rejected() {
        let err = order_chain(
            "config",
            &[
                l("a.toml", "aaa", None),
                l("b.toml", "bbb", Some("aaa")),
                l("c.toml", "ccc", Some("aaa")),
            ],
        )
        .unwrap_err();
        assert!(err.contains("branches") && err.contains("c.toml"), "{err}");
    }

    #[test]
    fn two_bases_are_rejected() {
        let err = order_chain(
            "config",
            &[l("a.toml", "aaa", None), l("b.toml", "bbb", None)],
        )
        .unwrap_err();
        assert!(
            err.contains("two base revisions") && err.contains("b.toml"),
            "{err}"
        );
    }

    #[test]
    fn a_cycle_is_rejected() {
        let err = order_chain(
            "config",
            &[
                l("a.toml", "aaa", Some("bbb")),
                l("b.toml", "bbb", Some("aaa")),
            ],
        )
        .unwrap_err();
        assert!(err.contains("no base revision"), "{err}");
        let err = order_chain(
            "config",
            &[
                l("r.toml", "rrr", None),
                l("a.toml", "aaa", Some("bbb")),
                l("b.toml", "bbb", Some("aaa")),
            ],
        )
        .unwrap_err();
        assert!(err.contains("not reachable from base"), "{err}");
    }

    #[test]
    fn bad_ids_are_rejected() {
        let err = order_chain("config", &[l("a.toml", "a b", None)]).unwrap_err();
        assert!(err.contains("invalid revision id"), "{err}");
    }
}
