"""Other formats from the rendered MP4 (PyAV): WebM (VP9) and GIF; a probe of any video.

Transcoding the MP4 is far cheaper than rendering the scene again: every frame is decoded
once and re-encoded.  The GIF uses a palette computed from the whole video (ffmpeg's
``palettegen`` / ``paletteuse``), as manim does for its own GIF output.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import av.error
import av.filter

#: VP9 in constant-quality mode, tuned for speed; 8-bit 4:2:0 plays in every browser.
WEBM_OPTIONS = {"crf": "34", "b": "0", "deadline": "realtime", "cpu-used": "8", "row-mt": "1"}


def probe(path: Path) -> dict[str, object]:
    """Codec, pixel format, size, frame rate and duration (seconds) of a video's first stream."""
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        duration = (float(stream.duration * stream.time_base) if stream.duration
                    else container.duration / av.time_base)  # WebM: only the container's
        return {"codec": stream.codec_context.name, "pix_fmt": stream.codec_context.pix_fmt,
                "width": stream.codec_context.width, "height": stream.codec_context.height,
                "fps": float(stream.average_rate or 0), "duration": duration}


def to_webm(source: Path, target: Path) -> None:
    """``source`` re-encoded as VP9 WebM (yuv420p, same size and frame rate)."""
    with av.open(str(source)) as reader, av.open(str(target), mode="w", format="webm") as writer:
        video = reader.streams.video[0]
        stream = writer.add_stream("libvpx-vp9", rate=video.average_rate, options=WEBM_OPTIONS)
        stream.width, stream.height = video.codec_context.width, video.codec_context.height
        stream.pix_fmt = "yuv420p"
        tick = Fraction(1) / Fraction(video.average_rate)
        stream.codec_context.time_base = tick
        for index, frame in enumerate(reader.decode(video=0)):
            frame = frame.reformat(format="yuv420p")
            frame.pts, frame.time_base = index, tick
            writer.mux(stream.encode(frame))
        writer.mux(stream.encode())


def to_gif(source: Path, target: Path) -> None:
    """``source`` as an animated GIF with one palette for the whole video."""
    with av.open(str(source)) as reader, av.open(str(target), mode="w", format="gif") as writer:
        video = reader.streams.video[0]
        stream = writer.add_stream("gif", rate=video.average_rate)
        stream.width, stream.height = video.codec_context.width, video.codec_context.height
        stream.pix_fmt = "pal8"
        graph = av.filter.Graph()
        source_buffer = graph.add_buffer(template=video)
        split = graph.add("split")
        palettegen = graph.add("palettegen", "stats_mode=diff")
        paletteuse = graph.add("paletteuse", "dither=bayer:bayer_scale=5:diff_mode=rectangle")
        sink = graph.add("buffersink")
        source_buffer.link_to(split)
        split.link_to(palettegen, 0, 0)
        split.link_to(paletteuse, 1, 0)
        palettegen.link_to(paletteuse, 0, 1)
        paletteuse.link_to(sink)
        graph.configure()
        for frame in reader.decode(video=0):
            graph.push(frame)
        graph.push(None)
        written = 0
        while True:
            try:
                frame = graph.pull()
            except (av.error.EOFError, av.error.BlockingIOError):
                break
            if stream.codec_context.time_base is not None:
                frame.time_base = stream.codec_context.time_base
            frame.pts = written
            written += 1
            writer.mux(stream.encode(frame))
        writer.mux(stream.encode())
