#!/usr/bin/python3
"""An independent safetensors writer and reader written from the format's specification
(huggingface/safetensors README: u64 little-endian header size N, N bytes of UTF-8 JSON
{name: {"dtype", "shape", "data_offsets": [begin, end]}, "__metadata__": {str: str}}, then the data),
with struct, json and numpy only: Debian has no python3-safetensors.

    safetensors_reference.py write FILE EXPECTED_JSON   a file laid out as the reference writer lays it
                                                        out (tensors sorted by dtype size, largest
                                                        first, then by name; header padded with spaces
                                                        to 8 bytes), every dtype; EXPECTED_JSON gets
                                                        each tensor's dtype, shape and values
    safetensors_reference.py read FILE                  prints {"header_size", "metadata", "tensors":
                                                        {name: {"dtype", "shape", "values"}}} as JSON
    safetensors_reference.py fixtures DIR [--check]     writes the malformed files of
                                                        tests/fixtures/safetensors/bad/ (or checks that
                                                        the committed ones are what it writes)
"""
import json
import os
import struct
import sys

import numpy as np

# dtype name -> (numpy type of the stored bytes, size). BF16 is stored as the upper 16 bits of an
# IEEE float32, so it is read and written through uint16.
DTYPES = {
    "F64": (np.float64, 8), "I64": (np.int64, 8), "F32": (np.float32, 4), "I32": (np.int32, 4),
    "F16": (np.float16, 2), "BF16": (np.uint16, 2), "I16": (np.int16, 2), "I8": (np.int8, 1),
    "U8": (np.uint8, 1), "BOOL": (np.bool_, 1),
}


def header_bytes(header):
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * (-len(text) % 8)
    return struct.pack("<Q", len(text)) + text


def bf16_bits(values):
    """float32 values exactly representable in bfloat16 -> their 16-bit patterns."""
    bits = np.asarray(values, dtype="<f4").view("<u4")
    if np.any(bits & 0xFFFF):
        raise ValueError("value not exact in bfloat16")
    return (bits >> 16).astype("<u2")


def from_bf16_bits(bits):
    return (bits.astype("<u4") << 16).view("<f4")


def sample_tensors():
    """One tensor per dtype with values each dtype holds exactly (bf16 and f16 included)."""
    floats = [0.0, 1.5, -2.25, 0.0078125, 1024.0, -0.5]
    return {
        "embed.f64": ("F64", [2, 3], [0.1, -1e300, 3.5, 2.0 ** -1000, 7.0, -0.0]),
        "step.i64": ("I64", [3], [-(2 ** 62), 0, 2 ** 62 + 12345]),
        "weight.f32": ("F32", [3, 2], floats),
        "index.i32": ("I32", [2, 2], [-2147483648, 2147483647, 0, 42]),
        "half.f16": ("F16", [2, 3], floats),
        "norm.bf16": ("BF16", [6], floats),
        "short.i16": ("I16", [4], [-32768, 32767, -1, 300]),
        "tiny.i8": ("I8", [4], [-128, 127, 0, -5]),
        "bytes.u8": ("U8", [1, 4], [0, 255, 128, 7]),
        "mask.bool": ("BOOL", [5], [True, False, True, True, False]),
        "empty.f32": ("F32", [0, 4], []),
        "scalar.f32": ("F32", [], [3.25]),
    }


def encode(dtype, values):
    if dtype == "BF16":
        return bf16_bits(values).tobytes()
    numpy_type, _ = DTYPES[dtype]
    return np.asarray(values, dtype=np.dtype(numpy_type).newbyteorder("<")).tobytes()


def decode(dtype, data):
    numpy_type, _ = DTYPES[dtype]
    array = np.frombuffer(data, dtype=np.dtype(numpy_type).newbyteorder("<"))
    if dtype == "BF16":
        array = from_bf16_bits(array)
    return [bool(v) if dtype == "BOOL" else (float(v) if dtype[0] in "FB" else int(v)) for v in array]


def write(path, expected_path):
    tensors = sample_tensors()
    # The reference writer's order: larger dtypes first, then by name.
    order = sorted(tensors, key=lambda name: (-DTYPES[tensors[name][0]][1], name))
    header = {"__metadata__": {"format": "pt", "written_by": "safetensors_reference.py"}}
    data = b""
    for name in order:
        dtype, shape, values = tensors[name]
        blob = encode(dtype, values)
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [len(data), len(data) + len(blob)]}
        data += blob
    with open(path, "wb") as out:
        out.write(header_bytes(header) + data)
    expected = {name: {"dtype": d, "shape": s, "values": decode(d, encode(d, v))}
                for name, (d, s, v) in tensors.items()}
    expected["__metadata__"] = header["__metadata__"]
    with open(expected_path, "w") as out:
        json.dump(expected, out)


def read(path):
    with open(path, "rb") as f:
        blob = f.read()
    (size,) = struct.unpack("<Q", blob[:8])
    text = blob[8:8 + size]
    if size % 8 != 0:
        raise SystemExit("header size %d is not a multiple of 8" % size)
    header = json.loads(text.decode("utf-8"))
    data = blob[8 + size:]
    metadata = header.pop("__metadata__", {})
    out = {"header_size": size, "metadata": metadata, "tensors": {}}
    covered = 0
    for name, info in sorted(header.items(), key=lambda item: item[1]["data_offsets"]):
        begin, end = info["data_offsets"]
        if begin != covered:
            raise SystemExit("tensor %s does not start where the previous one ends" % name)
        count = int(np.prod(info["shape"], dtype=np.int64))
        if end - begin != count * DTYPES[info["dtype"]][1]:
            raise SystemExit("tensor %s: offsets do not match its shape" % name)
        covered = end
        out["tensors"][name] = {"dtype": info["dtype"], "shape": info["shape"],
                                "values": decode(info["dtype"], data[begin:end])}
    if covered != len(data):
        raise SystemExit("data not covered exactly")
    json.dump(out, sys.stdout)


def tensor_file(tensors, metadata=None, extra=b""):
    """tensors: [(name, dtype, shape, values)] laid out in that order; returns the file's bytes."""
    header = {}
    if metadata is not None:
        header["__metadata__"] = metadata
    data = b""
    for name, dtype, shape, values in tensors:
        blob = encode(dtype, values)
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [len(data), len(data) + len(blob)]}
        data += blob
    return header_bytes(header) + data + extra


def raw_file(header_text, data=b"", size=None):
    text = header_text.encode("utf-8")
    text += b" " * (-len(text) % 8)
    return struct.pack("<Q", len(text) if size is None else size) + text + data


def raw_header(entries):
    return json.dumps(entries, separators=(",", ":"))


F32x2 = struct.pack("<2f", 1.0, 2.0)


def index_json(weight_map):
    return json.dumps({"metadata": {"total_size": 16}, "weight_map": weight_map}, indent=2).encode()


def fixtures():
    """name -> bytes, or name -> {file: bytes} for a Hugging Face folder."""
    one = lambda name: tensor_file([(name, "F32", [2], [1.0, 2.0])])
    return {
        "overlapping_offsets.safetensors": raw_file(raw_header({
            "a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]},
            "b": {"dtype": "F32", "shape": [2], "data_offsets": [4, 12]}}), F32x2 + F32x2[:4]),
        "short_file.safetensors": b"\x10\x00\x00\x00\x00",
        "header_size_past_end.safetensors": raw_file(raw_header({
            "a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]}}), F32x2, size=4096),
        "header_too_large.safetensors": raw_file("{}", size=200_000_000),
        "header_not_json.safetensors": raw_file('{"a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]', F32x2),
        "header_not_object.safetensors": raw_file("[1, 2, 3]"),
        "wrong_dtype.safetensors": raw_file(raw_header({
            "a": {"dtype": "float32", "shape": [2], "data_offsets": [0, 8]}}), F32x2),
        "unsupported_dtype.safetensors": raw_file(raw_header({
            "a": {"dtype": "F8_E4M3", "shape": [8], "data_offsets": [0, 8]}}), F32x2),
        "shape_offset_mismatch.safetensors": raw_file(raw_header({
            "a": {"dtype": "F32", "shape": [2, 3], "data_offsets": [0, 16]}}), F32x2 + F32x2),
        "negative_shape.safetensors": raw_file(raw_header({
            "a": {"dtype": "F32", "shape": [-2], "data_offsets": [0, 8]}}), F32x2),
        "element_count_overflow.safetensors": raw_file(raw_header({
            "a": {"dtype": "F32", "shape": [4294967296, 4294967296], "data_offsets": [0, 8]}}), F32x2),
        "hole_between_tensors.safetensors": raw_file(raw_header({
            "a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]},
            "b": {"dtype": "F32", "shape": [2], "data_offsets": [12, 20]}}), F32x2 + b"\0" * 4 + F32x2),
        "offsets_past_end.safetensors": raw_file(raw_header({
            "a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]},
            "b": {"dtype": "F32", "shape": [2], "data_offsets": [8, 16]}}), F32x2 + F32x2[:4]),
        "trailing_bytes.safetensors": tensor_file([("a", "F32", [2], [1.0, 2.0])], extra=b"junk"),
        "duplicate_tensor.safetensors": raw_file(
            '{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}',
            F32x2),
        "metadata_not_strings.safetensors": tensor_file([("a", "F32", [2], [1.0, 2.0])],
                                                        metadata={"format": "pt", "step": 3}),
        "index_missing_shard": {
            "model.safetensors.index.json": index_json({"a": "model-00001-of-00002.safetensors",
                                                        "b": "model-00002-of-00002.safetensors"}),
            "model-00001-of-00002.safetensors": one("a")},
        "index_tensor_in_two_files": {
            "model.safetensors.index.json": index_json({"a": "model-00001-of-00002.safetensors",
                                                        "b": "model-00002-of-00002.safetensors"}),
            "model-00001-of-00002.safetensors": one("a"),
            "model-00002-of-00002.safetensors": tensor_file([("a", "F32", [2], [1.0, 2.0]),
                                                             ("b", "F32", [2], [1.0, 2.0])])},
        "index_tensor_not_listed": {
            "model.safetensors.index.json": index_json({"a": "model-00001-of-00001.safetensors"}),
            "model-00001-of-00001.safetensors": tensor_file([("a", "F32", [2], [1.0, 2.0]),
                                                             ("b", "F32", [2], [1.0, 2.0])])},
        "index_tensor_absent": {
            "model.safetensors.index.json": index_json({"a": "model-00001-of-00001.safetensors",
                                                        "b": "model-00001-of-00001.safetensors"}),
            "model-00001-of-00001.safetensors": one("a")},
        "index_outside_folder": {
            "model.safetensors.index.json": index_json({"a": "../overlapping_offsets.safetensors"})},
        "index_not_json": {
            "model.safetensors.index.json": b'{"weight_map": {"a": "model-00001-of-00001.safetensors",}}',
            "model-00001-of-00001.safetensors": one("a")},
        "index_no_weight_map": {
            "model.safetensors.index.json": b'{"metadata": {"total_size": 8}}',
            "model-00001-of-00001.safetensors": one("a")},
    }


def flat(entries):
    for name, content in entries.items():
        if isinstance(content, dict):
            for inner, blob in content.items():
                yield os.path.join(name, inner), blob
        else:
            yield name, content


def write_fixtures(folder, check):
    stale = []
    for name, blob in flat(fixtures()):
        path = os.path.join(folder, name)
        if check:
            try:
                with open(path, "rb") as f:
                    if f.read() != blob:
                        stale.append(name)
            except FileNotFoundError:
                stale.append(name)
            continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(blob)
    if stale:
        raise SystemExit("fixtures differ from what the script writes: " + ", ".join(stale))


def main(argv):
    if len(argv) == 4 and argv[1] == "write":
        write(argv[2], argv[3])
    elif len(argv) == 3 and argv[1] == "read":
        read(argv[2])
    elif len(argv) in (3, 4) and argv[1] == "fixtures":
        write_fixtures(argv[2], argv[3:] == ["--check"])
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
