//! Reading a plan's text from a file or standard input, with errors that say which and why.

use std::io::{self, Read};
use std::path::Path;

/// A plan's text and the name it goes by in messages (the path as given, or "<stdin>").
#[derive(Debug)]
pub(crate) struct Source {
    pub(crate) name: String,
    pub(crate) text: String,
}

/// Why a plan's text could not be had.
#[derive(Debug, thiserror::Error)]
#[error("cannot read {name}: {}", describe(.error))]
pub(crate) struct ReadFailure {
    pub(crate) name: String,
    pub(crate) error: io::Error,
}

/// The name standard input goes by.
pub(crate) const STDIN: &str = "<stdin>";

/// Whether a path argument means standard input or output ("-").
pub(crate) fn is_stdio(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Reads `path` ("-" for standard input) as UTF-8 text.
pub(crate) fn read_source(path: &Path) -> Result<Source, ReadFailure> {
    let (name, text) = if is_stdio(path) {
        let mut text = String::new();
        let read = io::stdin().read_to_string(&mut text);
        (STDIN.to_string(), read.map(|_| text))
    } else {
        let name = path.display().to_string();
        (name, std::fs::read_to_string(path))
    };
    match text {
        Ok(text) => Ok(Source { name, text }),
        Err(error) => Err(ReadFailure { name, error }),
    }
}

/// An I/O error in the words a person looking at the file needs.
pub(crate) fn describe(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => "there is no such file".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::InvalidData => "it is not UTF-8 text".into(),
        io::ErrorKind::IsADirectory => "it is a directory".into(),
        _ => error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_file_says_which_and_why() {
        let err = read_source(Path::new("no/such/plan.md")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "cannot read no/such/plan.md: there is no such file"
        );
    }
}
