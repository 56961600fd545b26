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

/// `scripts/package-deb` packages this build's binary; the package unpacks
/// (`dpkg-deb -x`, as `dpkg -i` would lay it out) into a binary that runs, a man
/// page per command, completions bash loads, the docs; and lintian finds nothing
/// but the tag explained below. Needs dpkg-deb and lintian (`scripts/test`
/// installs lintian).
#[test]
fn the_debian_package_installs_and_runs() {
    let out_dir = std::env::temp_dir().join(format!("ast-schema-deb-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out_dir);
    let built = Command::new(format!("{}/scripts/package-deb", manifest_dir()))
        .args(["--out", &out_dir.display().to_string()])
        .env("AST_SCHEMA_BIN", env!("CARGO_BIN_EXE_ast-schema"))
        .env("DEB_MAINTAINER", "Test Packager <packager@example.org>")
        .output()
        .expect("scripts/package-deb");
    assert!(
        built.status.success(),
        "package-deb: {}",
        String::from_utf8_lossy(&built.stderr)
    );
    let deb = String::from_utf8_lossy(&built.stdout).trim().to_string();
    let version = env!("CARGO_PKG_VERSION");
    assert!(
        deb.ends_with(&format!("ast-schema_{version}-1_amd64.deb"))
            || deb.contains(&format!("ast-schema_{version}-1_")),
        "{deb}"
    );
    let field = |f: &str| {
        let o = Command::new("dpkg-deb")
            .args(["-f", &deb, f])
            .output()
            .unwrap();
        String::from_utf8_lossy(&o.stdout).trim().to_string()
    };
    assert_eq!(field("Package"), "ast-schema");
    assert_eq!(field("Version"), format!("{version}-1"));
    assert!(
        field("Depends").starts_with("libc6 (>= 2."),
        "{}",
        field("Depends")
    );
    let root = out_dir.join("root");
    let x = Command::new("dpkg-deb")
        .arg("-x")
        .arg(&deb)
        .arg(&root)
        .status()
        .unwrap();
    assert!(x.success());
    // The installed binary runs and says what it is.
    let bin = root.join("usr/bin/ast-schema");
    let v = Command::new(&bin).arg("--version").output().unwrap();
    let v = String::from_utf8_lossy(&v.stdout).to_string();
    assert!(
        v.starts_with(&format!("ast-schema {version} (commit ")),
        "{v}"
    );
    assert!(v.contains("Asterisk releases up to "), "{v}");
    let help = Command::new(&bin)
        .args(["--dialect", "sqlite", "heads"])
        .output()
        .unwrap();
    assert!(help.status.success());
    // A man page per command, readable by man.
    let man1 = root.join("usr/share/man/man1");
    for page in [
        "ast-schema.1.gz",
        "ast-schema-upgrade.1.gz",
        "ast-schema-downgrade.1.gz",
        "ast-schema-verify.1.gz",
    ] {
        assert!(man1.join(page).is_file(), "no {page}");
    }
    let man = Command::new("man")
        .arg("-l")
        .arg(man1.join("ast-schema-upgrade.1.gz"))
        .env("MANPAGER", "cat")
        .env("MANWIDTH", "80")
        .output();
    if let Ok(m) = man {
        if m.status.success() {
            assert!(String::from_utf8_lossy(&m.stdout).contains("upgrade"));
        }
    }
    // Completions where each shell looks; bash loads its file.
    let bash = root.join("usr/share/bash-completion/completions/ast-schema");
    let loaded = Command::new("bash")
        .arg("-c")
        .arg(format!(
            "source {} && complete -p ast-schema",
            bash.display()
        ))
        .output()
        .unwrap();
    assert!(
        loaded.status.success(),
        "{}",
        String::from_utf8_lossy(&loaded.stderr)
    );
    for f in [
        "usr/share/zsh/vendor-completions/_ast-schema",
        "usr/share/fish/vendor_completions.d/ast-schema.fish",
        "usr/share/doc/ast-schema/copyright",
        "usr/share/doc/ast-schema/changelog.gz",
        "usr/share/doc/ast-schema/changelog.Debian.gz",
        "usr/share/doc/ast-schema/README.md.gz",
    ] {
        let len = std::fs::metadata(root.join(f))
            .map(|m| m.len())
            .unwrap_or(0);
        assert!(len > 0, "{f} is missing or empty");
    }
    // lintian: clean but for the tag explained here.
    // - initial-upload-closes-no-bugs: a Debian maintainer's first upload closes its
    //   "intent to package" bug; a package built by the project has none to close.
    let explained = ["initial-upload-closes-no-bugs"];
    let lint = Command::new("lintian")
        .args(["--tag-display-limit", "0"])
        .arg(&deb)
        .output()
        .expect("lintian is not installed (scripts/test installs it)");
    let report = String::from_utf8_lossy(&lint.stdout).to_string();
    let unexplained: Vec<&str> = report
        .lines()
        .filter(|l| l.starts_with(['E', 'W']) && !explained.iter().any(|t| l.contains(t)))
        .collect();
    assert!(unexplained.is_empty(), "lintian: {unexplained:?}");
    let _ = std::fs::remove_dir_all(&out_dir);
}
