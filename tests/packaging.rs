//! The build a user or the container image makes: the declared `rust-version` must
//! build every locked dependency, and the Dockerfile must build with that toolchain.
//! No database is needed.

use std::process::Command;

fn manifest_dir() -> &'static str {
    env!("CARGO_MANIFEST_DIR")
}

/// "1.89" or "1.89.0" as comparable numbers.
fn version(v: &str) -> Vec<u64> {
    let mut parts: Vec<u64> = v.split('.').map(|p| p.parse().unwrap_or(0)).collect();
    parts.resize(3, 0);
    parts
}

fn declared_rust_version() -> String {
    let manifest = std::fs::read_to_string(format!("{}/Cargo.toml", manifest_dir())).unwrap();
    let value: toml::Value = toml::from_str(&manifest).unwrap();
    value["package"]["rust-version"]
        .as_str()
        .expect("rust-version in Cargo.toml")
        .to_string()
}

/// The host's target triple (`rustc -vV`): the platform the binary and the
/// container image are built for.
fn host_triple() -> String {
    let out = Command::new("rustc")
        .arg("-vV")
        .output()
        .expect("rustc -vV");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: ").map(str::to_string))
        .expect("a host line in rustc -vV")
}

#[test]
fn every_locked_dependency_builds_with_the_declared_rust_version() {
    let declared = declared_rust_version();
    // Only the crates this platform builds: a machine that never built for Windows
    // has no copy of the Windows-only ones, and --offline cannot fetch them.
    let host = host_triple();
    let out = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--locked", "--offline"])
        .args(["--filter-platform", &host])
        .current_dir(manifest_dir())
        .output()
        .expect("cargo metadata");
    assert!(
        out.status.success(),
        "cargo metadata: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let too_new: Vec<String> = meta["packages"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| {
            let needs = p["rust_version"].as_str()?;
            let (name, ver) = (p["name"].as_str()?, p["version"].as_str()?);
            (version(needs) > version(&declared))
                .then(|| format!("{name} {ver} needs Rust {needs}"))
        })
        .collect();
    assert!(
        too_new.is_empty(),
        "Cargo.lock holds crates that rust-version {declared} cannot build (a Docker build on \
         rust:{declared} would fail): {too_new:?}"
    );
}

#[test]
fn the_dockerfile_builds_with_the_declared_rust_version() {
    let declared = declared_rust_version();
    let dockerfile = std::fs::read_to_string(format!("{}/Dockerfile", manifest_dir())).unwrap();
    let image = dockerfile
        .lines()
        .find_map(|l| l.strip_prefix("FROM rust:"))
        .expect("a FROM rust:... build stage");
    assert!(
        image.starts_with(&format!("{declared}-")),
        "the build stage uses rust:{image}, Cargo.toml declares rust-version {declared}"
    );
    assert!(
        dockerfile.contains("--locked"),
        "the image must build what Cargo.lock pins"
    );
}
