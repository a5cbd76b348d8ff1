// The two-thread hand-over of inflated chunks between libzip and expat.
#include "io/part_prefetcher.hpp"

namespace scdash::io::detail {
namespace {

// The WebAssembly engine has one thread (a browser gives threads only to a cross-origin isolated
// page, which one opened from disk cannot be), so there every part is inflated by next() itself.
#ifdef SCDASH_ONE_THREAD
constexpr bool kSecondThread = false;
#else
constexpr bool kSecondThread = true;
#endif

}  // namespace

PartPrefetcher::PartPrefetcher(ZipPartReader& part)
    : part_(part),
      threaded_(kSecondThread && part.compressed_size() >= kThreadedFromCompressedBytes) {
  if (!threaded_) {
    chunks_[0].bytes.resize(kInlineChunkBytes);
    return;
  }
  for (Chunk& chunk : chunks_) {
    chunk.bytes.resize(kChunkBytes);
  }
  thread_ = std::thread([this] { inflate(); });
}

void PartPrefetcher::fill(Chunk& chunk) {
  chunk.size = 0;
  chunk.failure.reset();
  chunk.exception = nullptr;
  try {
    // Fill the chunk whole (libzip may give less per call), so that expat gets large pieces.
    while (chunk.size < chunk.bytes.size()) {
      auto got = part_.read(
          std::span<char>(chunk.bytes.data() + chunk.size, chunk.bytes.size() - chunk.size));
      if (!got) {
        chunk.failure = got.error();
        chunk.size = 0;
        return;
      }
      if (*got == 0) {
        return;
      }
      chunk.size += *got;
    }
  } catch (...) {
    chunk.exception = std::current_exception();
    chunk.size = 0;
  }
}

void PartPrefetcher::inflate() {
  for (;;) {
    Chunk* chunk = nullptr;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock,
                    [&] { return stopping_ || written_ - taken_ + (holding_ ? 1 : 0) < kChunks; });
      if (stopping_) {
        return;
      }
      chunk = &chunks_[written_ % kChunks];
    }
    fill(*chunk);
    // An empty chunk is the last: the end of the part, a failure or an exception. A chunk cut
    // short by the end is followed by an empty one, which tells the caller the part has ended.
    const bool last = chunk->size == 0;
    {
      const std::lock_guard lock(mutex_);
      ++written_;
    }
    changed_.notify_all();
    if (last) {
      return;
    }
  }
}

core::Expected<std::string_view, core::Diagnostic> PartPrefetcher::handed_over(const Chunk& chunk) {
  if (chunk.exception) {
    std::rethrow_exception(chunk.exception);
  }
  if (chunk.failure) {
    return core::unexpected(*chunk.failure);
  }
  return std::string_view(chunk.bytes.data(), chunk.size);
}

core::Expected<std::string_view, core::Diagnostic> PartPrefetcher::next() {
  if (!threaded_) {
    fill(chunks_[0]);
    return handed_over(chunks_[0]);
  }
  Chunk* chunk = nullptr;
  {
    std::unique_lock lock(mutex_);
    holding_ = false;
    changed_.notify_all();
    changed_.wait(lock, [&] { return written_ > taken_; });
    chunk = &chunks_[taken_ % kChunks];
    ++taken_;
    holding_ = true;
  }
  return handed_over(*chunk);
}

void PartPrefetcher::stop() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  if (thread_.joinable()) {
    thread_.join();
  }
}

}  // namespace scdash::io::detail
