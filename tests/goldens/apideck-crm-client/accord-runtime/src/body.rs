//! Request bodies. They are kept as bytes so that every retry can send them
//! again, multipart forms included.

use std::fmt;

use crate::error::{Error, Result};

/// A multipart/form-data body, rebuilt for every attempt so it can be retried.
#[derive(Clone, Default)]
pub struct Multipart {
    parts: Vec<MultipartPart>,
}

#[derive(Clone)]
struct MultipartPart {
    name: String,
    data: Vec<u8>,
    file_name: Option<String>,
    content_type: Option<String>,
}

impl Multipart {
    /// An empty form.
    pub fn new() -> Self {
        Self::default()
    }

    /// A text field.
    pub fn text(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.parts.push(MultipartPart {
            name: name.into(),
            data: value.into().into_bytes(),
            file_name: None,
            content_type: None,
        });
        self
    }

    /// A JSON field (`application/json`).
    pub fn json<T: serde::Serialize + ?Sized>(
        mut self,
        name: impl Into<String>,
        value: &T,
    ) -> Result<Self> {
        let data = serde_json::to_vec(value)
            .map_err(|e| Error::InvalidRequest(format!("multipart JSON field: {e}")))?;
        self.parts.push(MultipartPart {
            name: name.into(),
            data,
            file_name: None,
            content_type: Some("application/json".into()),
        });
        Ok(self)
    }

    /// A file field.
    pub fn file(
        mut self,
        name: impl Into<String>,
        file_name: impl Into<String>,
        content_type: Option<&str>,
        data: impl Into<Vec<u8>>,
    ) -> Self {
        self.parts.push(MultipartPart {
            name: name.into(),
            data: data.into(),
            file_name: Some(file_name.into()),
            content_type: content_type.map(str::to_owned),
        });
        self
    }

    /// Number of parts.
    pub fn len(&self) -> usize {
        self.parts.len()
    }

    /// Whether there are no parts.
    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    pub(crate) fn to_form(&self) -> Result<reqwest::multipart::Form> {
        let mut form = reqwest::multipart::Form::new();
        for p in &self.parts {
            let mut part = reqwest::multipart::Part::bytes(p.data.clone());
            if let Some(f) = &p.file_name {
                part = part.file_name(f.clone());
            }
            if let Some(ct) = &p.content_type {
                part = part.mime_str(ct).map_err(|_| {
                    Error::InvalidRequest(format!(
                        "invalid content type `{ct}` for part `{}`",
                        p.name
                    ))
                })?;
            }
            form = form.part(p.name.clone(), part);
        }
        Ok(form)
    }
}

impl fmt::Debug for Multipart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.parts.iter().map(|p| (&p.name, p.data.len())))
            .finish()
    }
}

/// A request body.
#[derive(Clone)]
pub(crate) enum Body {
    Bytes {
        data: Vec<u8>,
        content_type: Option<String>,
    },
    Multipart(Multipart),
}

impl fmt::Debug for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Body::Bytes { data, content_type } => {
                write!(f, "Body({} bytes, {:?})", data.len(), content_type)
            }
            Body::Multipart(m) => write!(f, "Multipart({} parts)", m.len()),
        }
    }
}
