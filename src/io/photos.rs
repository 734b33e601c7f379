//! Photos of activities: what an upload must be before anything of it is stored, and what is kept.
//!
//! The checks run cheapest first: the size of the upload, the type by its magic bytes (JPEG, PNG,
//! WebP — never by the name or the browser's claim), the dimensions from the header before any
//! pixel is decoded, then the decoding itself under `image`'s limits (a bound on the memory one
//! decode may take), so a small file that declares a huge picture — a decompression bomb — is
//! refused before it costs anything. What is stored is RE-ENCODED from the decoded pixels: EXIF,
//! GPS positions, XMP and comments of the original never reach the database (children's photos
//! must not tell where they were taken), and a camera's orientation flag is applied to the pixels
//! first. Large photos are scaled down to a display copy; the thumbnail is made here too.

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

/// The largest upload accepted.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// The largest width and height a photo may declare.
pub const MAX_SIDE: u32 = 8000;
/// The memory one decode may allocate (an 8000 × 8000 RGBA picture is 256 MB; photos are RGB).
pub const MAX_DECODE_ALLOC: u64 = 200 * 1024 * 1024;
/// The longer side of the stored display copy.
pub const DISPLAY_SIDE: u32 = 2400;
/// The width of a thumbnail.
pub const THUMB_WIDTH: u32 = 480;
const JPEG_QUALITY: u8 = 85;

/// Why an upload is not a photo we keep; the message names what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhotoError {
    #[error("the file is empty")]
    Empty,
    #[error("the file has {size} bytes; photos may have at most {max} bytes (10 MB)")]
    TooLarge { size: usize, max: usize },
    #[error("the file is not a JPEG, PNG or WebP picture")]
    NotAPicture,
    #[error("the picture is {width} × {height} pixels; photos may be at most {max} × {max} pixels")]
    TooManyPixels { width: u32, height: u32, max: u32 },
    #[error("the picture cannot be read (damaged or incomplete file)")]
    Unreadable,
    #[error("the picture cannot be saved")]
    Encoding,
}

impl PhotoError {
    /// The stable code, also the translation key `activity-photo-error-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            PhotoError::Empty => "empty",
            PhotoError::TooLarge { .. } => "too-large",
            PhotoError::NotAPicture => "type",
            PhotoError::TooManyPixels { .. } => "dimensions",
            PhotoError::Unreadable => "unreadable",
            PhotoError::Encoding => "encoding",
        }
    }
}

/// A photo as it is stored: new bytes without the original's metadata, and a thumbnail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CleanPhoto {
    pub bytes: Vec<u8>,
    pub mime: &'static str,
    pub width: u32,
    pub height: u32,
    pub thumbnail: Vec<u8>,
    pub thumb_width: u32,
    pub thumb_height: u32,
}

/// The picture type by its first bytes; only the three the portal keeps.
pub fn sniff(bytes: &[u8]) -> Option<ImageFormat> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(ImageFormat::Jpeg)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(ImageFormat::Png)
    } else if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some(ImageFormat::WebP)
    } else {
        None
    }
}

/// Whether the file has its end: decoders fill a cut-off picture with grey rather than fail, and
/// a half-uploaded photo must not be kept as if it were whole.
fn complete(bytes: &[u8], format: ImageFormat) -> bool {
    match format {
        // The end-of-image marker after the last start of scan (cameras may append data after it).
        ImageFormat::Jpeg => {
            let scan = bytes
                .windows(2)
                .rposition(|w| w == [0xFF, 0xDA])
                .unwrap_or(0);
            bytes[scan..].windows(2).any(|w| w == [0xFF, 0xD9])
        }
        ImageFormat::Png => bytes.windows(4).rev().take(64).any(|w| w == b"IEND"),
        // The RIFF container states its length.
        ImageFormat::WebP => {
            let declared = u32::from_le_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]) as usize;
            bytes.len() >= declared.saturating_add(8)
        }
        _ => false,
    }
}

fn limits() -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_ALLOC);
    limits
}

fn reader(bytes: &[u8], format: ImageFormat) -> ImageReader<Cursor<&[u8]>> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits());
    reader
}

/// Checks an upload and makes what is stored of it.
pub fn clean(bytes: &[u8]) -> Result<CleanPhoto, PhotoError> {
    if bytes.is_empty() {
        return Err(PhotoError::Empty);
    }
    if bytes.len() > MAX_BYTES {
        return Err(PhotoError::TooLarge {
            size: bytes.len(),
            max: MAX_BYTES,
        });
    }
    let format = sniff(bytes).ok_or(PhotoError::NotAPicture)?;
    if !complete(bytes, format) {
        return Err(PhotoError::Unreadable);
    }
    // The header alone: a bomb declares its size before its pixels. (Read without the size
    // limits, so the refusal can name the size declared.)
    let (width, height) = ImageReader::with_format(Cursor::new(bytes), format)
        .into_dimensions()
        .map_err(|_| PhotoError::Unreadable)?;
    if width == 0 || height == 0 {
        return Err(PhotoError::Unreadable);
    }
    if width > MAX_SIDE || height > MAX_SIDE {
        return Err(PhotoError::TooManyPixels {
            width,
            height,
            max: MAX_SIDE,
        });
    }
    let mut decoder = reader(bytes, format)
        .into_decoder()
        .map_err(|_| PhotoError::Unreadable)?;
    let orientation = decoder.orientation().map_err(|_| PhotoError::Unreadable)?;
    let mut picture = DynamicImage::from_decoder(decoder).map_err(|e| match e {
        image::ImageError::Limits(_) => PhotoError::TooManyPixels {
            width,
            height,
            max: MAX_SIDE,
        },
        _ => PhotoError::Unreadable,
    })?;
    picture.apply_orientation(orientation);
    if picture.width() > DISPLAY_SIDE || picture.height() > DISPLAY_SIDE {
        picture = picture.resize(DISPLAY_SIDE, DISPLAY_SIDE, FilterType::Triangle);
    }
    // PNG keeps its transparency and stays lossless; photos become JPEG.
    let keep_png = format == ImageFormat::Png && picture.color().has_alpha();
    let (bytes, mime) = if keep_png {
        (encode_png(&picture)?, "image/png")
    } else {
        (encode_jpeg(&picture)?, "image/jpeg")
    };
    let thumb = if picture.width() > THUMB_WIDTH {
        let h = ((u64::from(picture.height()) * u64::from(THUMB_WIDTH))
            / u64::from(picture.width()))
        .max(1) as u32;
        picture.resize_exact(THUMB_WIDTH, h, FilterType::Triangle)
    } else {
        picture.clone()
    };
    let thumbnail = encode_jpeg(&thumb)?;
    Ok(CleanPhoto {
        bytes,
        mime,
        width: picture.width(),
        height: picture.height(),
        thumbnail,
        thumb_width: thumb.width(),
        thumb_height: thumb.height(),
    })
}

/// JPEG of the pixels only (no EXIF, no comments); transparency is laid on white.
fn encode_jpeg(picture: &DynamicImage) -> Result<Vec<u8>, PhotoError> {
    let rgb = if picture.color().has_alpha() {
        let rgba = picture.to_rgba8();
        let mut rgb = image::RgbImage::new(rgba.width(), rgba.height());
        for (out, px) in rgb.pixels_mut().zip(rgba.pixels()) {
            let a = u16::from(px[3]);
            for c in 0..3 {
                out[c] = ((u16::from(px[c]) * a + 255 * (255 - a)) / 255) as u8;
            }
        }
        rgb
    } else {
        picture.to_rgb8()
    };
    let mut out = Vec::new();
    let encoder = JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY);
    DynamicImage::ImageRgb8(rgb)
        .write_with_encoder(encoder)
        .map_err(|_| PhotoError::Encoding)?;
    Ok(out)
}

fn encode_png(picture: &DynamicImage) -> Result<Vec<u8>, PhotoError> {
    let mut out = Vec::new();
    let encoder = PngEncoder::new(&mut out);
    DynamicImage::ImageRgba8(picture.to_rgba8())
        .write_with_encoder(encoder)
        .map_err(|_| PhotoError::Encoding)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jpeg(width: u32, height: u32) -> Vec<u8> {
        let picture = DynamicImage::ImageRgb8(image::RgbImage::from_fn(width, height, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
        }));
        encode_jpeg(&picture).unwrap()
    }

    /// A PNG whose header declares `width` × `height` but holds almost no data.
    fn png_header(width: u32, height: u32) -> Vec<u8> {
        let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
        let mut ihdr = b"IHDR".to_vec();
        ihdr.extend(width.to_be_bytes());
        ihdr.extend(height.to_be_bytes());
        ihdr.extend([8, 2, 0, 0, 0]);
        bytes.extend(13u32.to_be_bytes());
        bytes.extend(&ihdr);
        bytes.extend(crc32(&ihdr).to_be_bytes());
        // A few bytes of compressed data, then the end chunk: what a bomb looks like before it is
        // inflated.
        let idat = b"IDAT\x78\x9c\x01\x00";
        bytes.extend(4u32.to_be_bytes());
        bytes.extend(idat);
        bytes.extend(crc32(idat).to_be_bytes());
        bytes.extend(0u32.to_be_bytes());
        bytes.extend(b"IEND");
        bytes.extend(crc32(b"IEND").to_be_bytes());
        bytes
    }

    fn crc32(data: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &b in data {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    #[test]
    fn a_photo_is_re_encoded_with_a_thumbnail_480_pixels_wide() {
        let photo = clean(&jpeg(1200, 800)).unwrap();
        assert_eq!(photo.mime, "image/jpeg");
        assert_eq!((photo.width, photo.height), (1200, 800));
        assert_eq!((photo.thumb_width, photo.thumb_height), (480, 320));
        assert_eq!(sniff(&photo.thumbnail), Some(ImageFormat::Jpeg));
    }

    #[test]
    fn a_large_photo_is_kept_as_a_display_copy() {
        let photo = clean(&jpeg(3000, 1500)).unwrap();
        assert_eq!((photo.width, photo.height), (DISPLAY_SIDE, 1200));
    }

    #[test]
    fn a_file_that_only_claims_to_be_a_picture_is_refused() {
        assert_eq!(clean(b"GIF89a not ours"), Err(PhotoError::NotAPicture));
        assert_eq!(clean(b"<?php echo 'hi'; ?>"), Err(PhotoError::NotAPicture));
        assert_eq!(clean(b""), Err(PhotoError::Empty));
    }

    #[test]
    fn a_picture_declaring_100000_pixels_a_side_is_refused_from_its_header() {
        assert_eq!(
            clean(&png_header(100_000, 100_000)),
            Err(PhotoError::TooManyPixels {
                width: 100_000,
                height: 100_000,
                max: MAX_SIDE
            })
        );
    }

    #[test]
    fn a_truncated_picture_is_unreadable() {
        let whole = jpeg(640, 480);
        assert_eq!(
            clean(&whole[..whole.len() / 3]),
            Err(PhotoError::Unreadable)
        );
        assert_eq!(clean(&png_header(640, 480)), Err(PhotoError::Unreadable));
    }

    #[test]
    fn an_upload_over_10_mb_is_refused_before_it_is_looked_at() {
        let mut big = jpeg(16, 16);
        big.resize(MAX_BYTES + 1, 0);
        assert!(matches!(clean(&big), Err(PhotoError::TooLarge { .. })));
    }
}
