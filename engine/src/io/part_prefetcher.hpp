// PartPrefetcher: a zip part inflated on a second thread while the caller parses what came before.
//
// Inflating is a large part of the cost of reading a sheet; on two cores it overlaps parsing, so a
// large sheet reads in little more than its parsing time. The thread only
// ever touches the part (and, through libzip, the archive's file), so nothing else may read from
// the same archive until the prefetcher has stopped. Memory: kChunks chunks of kChunkBytes.
//
// A small part is inflated on the caller's thread, into one smaller chunk: a thread and a
// megabyte of chunks would cost more than they save, and a workbook of thousands of small
// sheets would pay that for each. The WebAssembly engine, which has one thread, inflates every
// part so.
#pragma once

#include <array>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>
#include <vector>

#include "io/zip_archive.hpp"

namespace scdash::io::detail {

class PartPrefetcher {
 public:
  explicit PartPrefetcher(ZipPartReader& part);
  PartPrefetcher(const PartPrefetcher&) = delete;
  PartPrefetcher& operator=(const PartPrefetcher&) = delete;
  ~PartPrefetcher() { stop(); }

  // The next piece of the part, valid until the next call; empty at the end of the part. An
  // exception thrown while inflating is rethrown here.
  core::Expected<std::string_view, core::Diagnostic> next();
  // Stops inflating and waits for the thread; the part may then be read directly again.
  void stop();

 private:
  static constexpr std::size_t kChunks = 4;
  static constexpr std::size_t kChunkBytes = 256 * 1024;
  // Parts compressed to less than this are inflated on the caller's thread.
  static constexpr std::uint64_t kThreadedFromCompressedBytes = 64 * 1024;
  static constexpr std::size_t kInlineChunkBytes = 64 * 1024;

  struct Chunk {
    std::vector<char> bytes;
    std::size_t size = 0;  // 0: the end of the part, or a failure
    std::optional<core::Diagnostic> failure;
    std::exception_ptr exception;
  };

  void inflate();
  void fill(Chunk& chunk);
  // The chunk as next() gives it: its bytes, or its failure or exception.
  static core::Expected<std::string_view, core::Diagnostic> handed_over(const Chunk& chunk);

  ZipPartReader& part_;
  bool threaded_ = false;  // false: a small part, inflated by next() itself into chunks_[0]
  std::array<Chunk, kChunks> chunks_;
  std::mutex mutex_;
  std::condition_variable changed_;
  // Guarded by mutex_. Chunks are filled and taken in ring order: the inflating thread writes
  // chunks_[written_ % kChunks] while fewer than kChunks are filled or held by the caller.
  std::size_t written_ = 0;
  std::size_t taken_ = 0;
  bool holding_ = false;  // the caller still reads chunks_[(taken_ - 1) % kChunks]
  bool stopping_ = false;
  std::thread thread_;  // last: started once everything above exists
};

}  // namespace scdash::io::detail
