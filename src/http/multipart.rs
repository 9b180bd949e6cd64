//! Reading `multipart/form-data` bodies (file uploads) that the context middleware has
//! already buffered, with multer. The CSRF check reads the `csrf_token` part from here, and
//! upload handlers read the file.

use axum::body::Bytes;

/// One part of a multipart body.
#[derive(Clone, Debug)]
pub struct Part {
    pub name: String,
    pub file_name: Option<String>,
    pub data: Bytes,
}

impl Part {
    /// The part as text (form fields), lossily decoded.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.data).into_owned()
    }
}

/// Whether a `Content-Type` header value is multipart form data.
pub fn is_multipart(content_type: &str) -> bool {
    content_type
        .trim_start()
        .to_ascii_lowercase()
        .starts_with("multipart/form-data")
}

/// All parts of `body`, or `None` when it is not well-formed multipart.
pub async fn parse(content_type: &str, body: Bytes) -> Option<Vec<Part>> {
    let boundary = multer::parse_boundary(content_type).ok()?;
    let stream = futures_util::stream::once(async move { Ok::<Bytes, std::io::Error>(body) });
    let mut multipart = multer::Multipart::new(stream, boundary);
    let mut parts = Vec::new();
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) => {
                let name = field.name().unwrap_or("").to_string();
                let file_name = field.file_name().map(str::to_string);
                let data = field.bytes().await.ok()?;
                parts.push(Part {
                    name,
                    file_name,
                    data,
                });
            }
            Ok(None) => return Some(parts),
            Err(_) => return None,
        }
    }
}

/// The first part called `name`.
pub fn field<'a>(parts: &'a [Part], name: &str) -> Option<&'a Part> {
    parts.iter().find(|p| p.name == name)
}

/// The file uploaded in the field `name`, if one was chosen: browsers send an empty part
/// when the file input was left empty, which counts as no file. Handlers answer `None`
/// with their field's "choose a file" error.
pub fn required_file<'a>(parts: &'a [Part], name: &str) -> Option<&'a Part> {
    field(parts, name).filter(|p| !p.data.is_empty())
}

/// The parts of a request's multipart body; a request that is not well-formed multipart
/// gets the "form could not be read" page.
pub async fn from_request(
    headers: &axum::http::HeaderMap,
    body: Bytes,
) -> Result<Vec<Part>, crate::error::AppError> {
    let content_type = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let unreadable = || crate::error::AppError::BadRequest(Some("error-form-unreadable"));
    if !is_multipart(content_type) {
        return Err(unreadable());
    }
    parse(content_type, body).await.ok_or_else(unreadable)
}
