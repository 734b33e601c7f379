//! Photo uploads of activities (src/io/photos.rs): type by magic bytes, dimensions before decoding,
//! decoding under limits, re-encoding. An accepted upload re-decodes as what it claims to be, at the
//! size it states, within the display size, with a thumbnail that decodes too, and is itself an
//! upload that is accepted again.
#![no_main]

use image::ImageFormat;
use libfuzzer_sys::fuzz_target;
use partnerportal::io::photos::{DISPLAY_SIDE, THUMB_WIDTH, clean, sniff};

fn format_of(mime: &str) -> ImageFormat {
    match mime {
        "image/jpeg" => ImageFormat::Jpeg,
        "image/png" => ImageFormat::Png,
        other => panic!("a stored photo of type {other}"),
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(photo) = clean(data) else {
        return;
    };
    assert!(sniff(data).is_some(), "only sniffed types are accepted");
    let format = format_of(photo.mime);
    assert_eq!(sniff(&photo.bytes), Some(format));
    let stored =
        image::load_from_memory_with_format(&photo.bytes, format).expect("a stored photo decodes");
    assert_eq!(
        (stored.width(), stored.height()),
        (photo.width, photo.height)
    );
    assert!(photo.width.max(photo.height) <= DISPLAY_SIDE);
    let thumb = image::load_from_memory(&photo.thumbnail).expect("a thumbnail decodes");
    assert_eq!(
        (thumb.width(), thumb.height()),
        (photo.thumb_width, photo.thumb_height)
    );
    assert!(photo.thumb_width <= THUMB_WIDTH);
    let again = clean(&photo.bytes).expect("a stored photo is an accepted upload");
    assert_eq!((again.width, again.height), (photo.width, photo.height));
});
