//! The README and the guide under `docs/`: every relative link names a file that
//! exists, and every `#anchor` a heading of the file it points into (GitHub's
//! heading ids). No database is needed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// GitHub's id for a heading: lowercase, punctuation but `-` and `_` dropped,
/// spaces made `-`.
fn slug(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '-' || *c == '_' || *c == ' ')
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// The heading ids of a Markdown file (outside code blocks).
fn anchors(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut code = false;
    for l in text.lines() {
        if l.starts_with("```") {
            code = !code;
            continue;
        }
        if code {
            continue;
        }
        let hashes = l.chars().take_while(|c| *c == '#').count();
        if (1..=6).contains(&hashes) && l[hashes..].starts_with(' ') {
            out.push(slug(&l[hashes + 1..]));
        }
    }
    out
}

/// `(line, target)` of every inline link `[text](target)` outside code.
fn links(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut code = false;
    for (n, l) in text.lines().enumerate() {
        if l.starts_with("```") {
            code = !code;
            continue;
        }
        if code || l.starts_with("    ") {
            continue;
        }
        let mut rest = l;
        while let Some(i) = rest.find("](") {
            let after = &rest[i + 2..];
            let Some(j) = after.find(')') else { break };
            out.push((n + 1, after[..j].to_string()));
            rest = &after[j..];
        }
    }
    out
}

fn markdown_files() -> Vec<PathBuf> {
    let mut files = vec![root().join("README.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root().join("docs"))
        .expect("a docs/ folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    docs.sort();
    files.extend(docs);
    files
}

#[test]
fn every_link_and_anchor_of_the_readme_and_the_guide_resolves() {
    let files = markdown_files();
    let texts: BTreeMap<PathBuf, String> = files
        .iter()
        .map(|p| (p.clone(), std::fs::read_to_string(p).unwrap()))
        .collect();
    let mut broken = Vec::new();
    for (file, text) in &texts {
        let dir = file.parent().unwrap_or(Path::new("."));
        for (line, target) in links(text) {
            if target.starts_with("http://")
                || target.starts_with("https://")
                || target.starts_with("mailto:")
            {
                continue;
            }
            let (path, anchor) = match target.split_once('#') {
                Some((p, a)) => (p, Some(a)),
                None => (target.as_str(), None),
            };
            let into = if path.is_empty() {
                file.clone()
            } else {
                dir.join(path)
            };
            let shown = format!(
                "{}:{line}: {target}",
                file.strip_prefix(root()).unwrap_or(file).display()
            );
            if !into.exists() {
                broken.push(format!("{shown} (no such file)"));
                continue;
            }
            if let Some(a) = anchor {
                let text = match texts.get(&into) {
                    Some(t) => t.clone(),
                    None => std::fs::read_to_string(&into).unwrap_or_default(),
                };
                if !anchors(&text).iter().any(|x| x == a) {
                    broken.push(format!("{shown} (no heading with that id)"));
                }
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn the_readme_is_a_front_page_and_every_guide_page_is_linked_from_it() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let n = readme.lines().count();
    assert!(
        n <= 320,
        "README.md has {n} lines: the details belong in docs/"
    );
    for f in markdown_files().iter().skip(1) {
        let name = f.file_name().unwrap().to_string_lossy();
        assert!(
            readme.contains(&format!("(docs/{name}")),
            "README.md does not link docs/{name}"
        );
    }
}

#[test]
fn slugs_follow_github() {
    assert_eq!(
        slug("Upgrade day: Asterisk 18 to 22"),
        "upgrade-day-asterisk-18-to-22"
    );
    assert_eq!(
        slug("Drop-in for Asterisk's config.ini"),
        "drop-in-for-asterisks-configini"
    );
    assert_eq!(slug("TLS and credentials"), "tls-and-credentials");
}
