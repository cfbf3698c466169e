/* The plain C ABI of the SentencePiece shim (libadaptlab_spm_shim.so).
 *
 * The shim is loaded with dlmopen(LM_ID_NEWLM) into its own link namespace, so that Debian's
 * libsentencepiece (which bundles protobuf 3.14) never meets LibTorch's protobuf 3.21 (ARCHITECTURE.md,
 * platform fact 1). The namespace has its own libc, libstdc++ and allocator, so nothing allocated on
 * one side may be freed on the other, and no C++ type crosses this line: only integers, pointers to
 * caller-owned buffers and one opaque handle with an explicit free function. No exception crosses it
 * either: every function catches everything and reports an error as text in the caller's buffer.
 *
 * Buffer protocol: a function filling a caller buffer returns the size it needs; when that is larger
 * than the capacity given, nothing has been written and the caller retries with a larger buffer.
 * A negative return means an error, described in `err` (NUL-terminated, truncated to `err_cap`).
 *
 * This header is C (no C++ types) and is plain enough to be read by dlsym users: the typedefs
 * ending in _fn are the function-pointer types the loader fetches.
 */
#ifndef ADAPTLAB_SPM_SHIM_API_H
#define ADAPTLAB_SPM_SHIM_API_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Bumped whenever a signature below changes; the loader refuses a shim with another version. */
#define ALSPM_ABI_VERSION 2
#define ALSPM_SHIM_FILE_NAME "libadaptlab_spm_shim.so"

typedef struct alspm_model alspm_model;

/* ALSPM_ABI_VERSION of the shim. */
typedef int (*alspm_abi_version_fn)(void);
int alspm_abi_version(void);

/* Trains a model. `args` holds SentencePiece's training flags ("--key=value"), one per line
 * (separated by '\n', so that values may contain spaces). Returns 0, or -1 with SentencePiece's
 * status message in `err`. Serialised inside the shim: SentencePiece's trainer has global state. */
typedef int (*alspm_train_fn)(const char* args, char* err, size_t err_cap);
int alspm_train(const char* args, char* err, size_t err_cap);

/* Loads a .model file; NULL with the message in `err` on failure. Free with alspm_free. */
typedef alspm_model* (*alspm_load_fn)(const char* path, char* err, size_t err_cap);
alspm_model* alspm_load(const char* path, char* err, size_t err_cap);
typedef void (*alspm_free_fn)(alspm_model* model);
void alspm_free(alspm_model* model);

/* Ids of `text` (len bytes, UTF-8). Returns the count (written only when <= cap), or -1.
 * Safe to call from several threads on one model. */
typedef int64_t (*alspm_encode_fn)(const alspm_model* model, const char* text, size_t len,
                                   int32_t* ids, size_t cap, char* err, size_t err_cap);
int64_t alspm_encode(const alspm_model* model, const char* text, size_t len, int32_t* ids,
                     size_t cap, char* err, size_t err_cap);

/* Pieces of `text`: their bytes concatenated into `bytes`, and the end offset of each piece into
 * `ends` (pieces may hold any byte, NUL included, so they are not NUL-separated). Returns 0 when
 * both fit, 1 when one does not (nothing written; *bytes_needed and *count_needed say how much is
 * needed), -1 on error. */
typedef int (*alspm_encode_pieces_fn)(const alspm_model* model, const char* text, size_t len,
                                      char* bytes, size_t bytes_cap, size_t* bytes_needed,
                                      uint32_t* ends, size_t ends_cap, size_t* count_needed,
                                      char* err, size_t err_cap);
int alspm_encode_pieces(const alspm_model* model, const char* text, size_t len, char* bytes,
                        size_t bytes_cap, size_t* bytes_needed, uint32_t* ends, size_t ends_cap,
                        size_t* count_needed, char* err, size_t err_cap);

/* Text of `ids`. Returns its byte count (written only when <= cap; no NUL added), or -1 (e.g. an
 * id out of range). */
typedef int64_t (*alspm_decode_fn)(const alspm_model* model, const int32_t* ids, size_t count,
                                   char* out, size_t cap, char* err, size_t err_cap);
int64_t alspm_decode(const alspm_model* model, const int32_t* ids, size_t count, char* out,
                     size_t cap, char* err, size_t err_cap);

/* Vocabulary. Out-of-range ids: id_to_piece returns -1 with a message; is_byte / is_unknown 0. */
typedef int32_t (*alspm_vocab_size_fn)(const alspm_model* model);
int32_t alspm_vocab_size(const alspm_model* model);
typedef int64_t (*alspm_id_to_piece_fn)(const alspm_model* model, int32_t id, char* out,
                                        size_t cap, char* err, size_t err_cap);
int64_t alspm_id_to_piece(const alspm_model* model, int32_t id, char* out, size_t cap, char* err,
                          size_t err_cap);
/* The piece's id, or the unknown id when the piece is not in the vocabulary. */
typedef int32_t (*alspm_piece_to_id_fn)(const alspm_model* model, const char* piece, size_t len);
int32_t alspm_piece_to_id(const alspm_model* model, const char* piece, size_t len);
/* unk, bos, eos, pad ids (-1 when the model has none). */
typedef void (*alspm_special_ids_fn)(const alspm_model* model, int32_t* unk, int32_t* bos,
                                     int32_t* eos, int32_t* pad);
void alspm_special_ids(const alspm_model* model, int32_t* unk, int32_t* bos, int32_t* eos,
                       int32_t* pad);
typedef int (*alspm_is_byte_fn)(const alspm_model* model, int32_t id);
int alspm_is_byte(const alspm_model* model, int32_t id);
typedef int (*alspm_is_unknown_fn)(const alspm_model* model, int32_t id);
int alspm_is_unknown(const alspm_model* model, int32_t id);

/* The piece's score (unigram: log probability; BPE: negative merge order); 0 when out of range. */
typedef float (*alspm_score_fn)(const alspm_model* model, int32_t id);
float alspm_score(const alspm_model* model, int32_t id);
/* 1 for control pieces (<s>, </s>, <pad>). */
typedef int (*alspm_is_control_fn)(const alspm_model* model, int32_t id);
int alspm_is_control(const alspm_model* model, int32_t id);
/* The model type from its trainer spec: 1 unigram, 2 BPE, 3 word, 4 char; 0 unknown. */
typedef int (*alspm_model_type_fn)(const alspm_model* model);
int alspm_model_type(const alspm_model* model);

#ifdef __cplusplus
}
#endif

#endif /* ADAPTLAB_SPM_SHIM_API_H */
