// `adaptlab-cli export`: a model out of AdaptLab, as a Hugging Face folder or one GGUF file.
//
// export --model DIR --format hf|gguf [--dtype f32|f16|bf16] --out PATH [--json]
//   DIR is a Hugging Face Llama folder (a base, a run's final/ or checkpoint, a merge). hf: the
//   folder loaded and written again (weights f32 or bf16) with its tokenizer; gguf: one .gguf file
//   for llama.cpp and Ollama (F32 or F16; bf16 is refused: llama.cpp's F16/F32 are what every
//   build of it runs).
// export --run DIR_OR_ID --out PATH [--format hf|gguf] [--dtype ...] [--project P] [--json]
//   the newest checkpoint of a run folder (or of run ID in the project of the current folder, or
//   --project P), or a checkpoint folder itself, with the run's tokenizer; --format defaults to hf.
// --json prints one object: out, format, dtype, tensors, bytes, tokenizer_model ("llama" for a
// SentencePiece vocabulary, "gpt2" for byte-level BPE, "" for none), and for --run also
// checkpoint and tokenizer. Exit 0, 1 (the export failed: the message names the file), 2 (refused
// command line: the message names the flag).
#pragma once

#include <string>
#include <vector>

namespace adaptlab::cli {

// ARGS without the leading "export".
int exportCommand(std::vector<std::string> args);

} // namespace adaptlab::cli
