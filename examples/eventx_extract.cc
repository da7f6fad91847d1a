// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// eventx-extract: runs the extractor over report files, folders of reports
// or standard input and prints SPEC.md's JSON.
//
//   eventx-extract [--jsonl] [--dates] [-j N] [--reference-date YYYY-MM-DD]
//                  [--encoding NAME] [FILE|DIR|-]...

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "eventx/charset.h"
#include "eventx/eventx.h"
#include "html_report.h"

namespace {

namespace fs = std::filesystem;

constexpr int kExitOk = 0;
constexpr int kExitInputFailed = 1;
constexpr int kExitUsage = 2;

// Reports are kilobytes; a file past this is refused with an error, not
// half-read (--max-bytes changes it).
constexpr size_t kDefaultMaxBytes = size_t{64} << 20;

constexpr char kUsage[] =
    "usage: eventx-extract [--jsonl] [--dates] [-j N] [--reference-date DATE]\n"
    "                      [--encoding NAME] [--fixtures OUTDIR]\n"
    "                      [--html OUT.html] [FILE|DIR|-]...\n"
    "\n"
    "Extracts an event record (SPEC.md, \"eventx/1\") from each report.\n"
    "  FILE      a report (UTF-8 text)\n"
    "  DIR       every *.txt file in it, in name order\n"
    "  -         standard input (also when no input is given)\n"
    "  --jsonl   one record per line (default when there are several inputs)\n"
    "  --dates   print every date mention instead of the record\n"
    "  -j N      extract on N threads (output stays in input order)\n"
    "  -r        descend into sub-folders of DIR\n"
    "  -q, --quiet\n"
    "            no progress line (shown only when stderr is a terminal)\n"
    "  --max-bytes N\n"
    "            refuse inputs larger than N bytes (default 64 MiB)\n"
    "  --reference-date YYYY-MM-DD\n"
    "            year anchor for reports without a publication date\n"
    "  --encoding NAME\n"
    "            read inputs in this charset (GBK, Big5, ...); by default\n"
    "            non-UTF-8 pages are detected; spans index the UTF-8 text\n"
    "  --fixtures OUTDIR\n"
    "            write one pretty <doc_id>.json per report into OUTDIR\n"
    "  --html OUT.html\n"
    "            write a page showing the report with what was extracted\n"
    "            highlighted (one input)\n"
    "  --help, --version\n"
    "Examples:\n"
    "  eventx-extract report.txt\n"
    "  eventx-extract -j 2 --jsonl reports/ > records.jsonl\n"
    "  eventx-extract --fixtures tests/golden seeds/\n"
    "  eventx-extract --html report.html report.txt\n"
    "Exit status: 0 all inputs read, 1 some input failed, 2 usage error.\n";

struct Input {
  std::string path;    // "-" for standard input
  std::string doc_id;  // file name without extension
};

bool ReadAll(const Input& input, size_t max_bytes, std::string* out,
             std::string* error) {
  if (input.path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    *out = buffer.str();
    if (std::cin.bad()) {
      *error = "cannot read standard input";
      return false;
    }
    if (out->size() > max_bytes) {
      *error = "input of " + std::to_string(out->size()) +
               " bytes exceeds --max-bytes " + std::to_string(max_bytes);
      return false;
    }
    return true;
  }
  // One open, one fstat and (for a regular file) one read: a folder of
  // reports is thousands of small files, and each system call counts.
  int fd = ::open(input.path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = std::string("cannot open: ") + std::strerror(errno);
    return false;
  }
  struct FdCloser {
    int fd;
    ~FdCloser() { ::close(fd); }
  } closer{fd};
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    *error = std::string("cannot stat: ") + std::strerror(errno);
    return false;
  }
  if (S_ISDIR(st.st_mode)) {
    *error = "is a directory";
    return false;
  }
  const bool regular = S_ISREG(st.st_mode);
  const size_t size = regular ? static_cast<size_t>(st.st_size) : 0;
  if (regular && size > max_bytes) {
    *error = "file of " + std::to_string(size) +
             " bytes exceeds --max-bytes " + std::to_string(max_bytes);
    return false;
  }
  // A first block one byte past the expected size, so that a regular file
  // of that size is read whole by one call, whose short count tells its end;
  // then more in case the file grew, or for pipes and devices.
  out->clear();
  size_t block = regular ? size + 1 : size_t{1} << 16;
  for (;;) {
    const size_t old_size = out->size();
    out->resize(old_size + block);
    ssize_t got = ::read(fd, &(*out)[old_size], block);
    if (got < 0 && errno == EINTR) {
      out->resize(old_size);
      continue;
    }
    if (got < 0) {
      *error = std::string("read error: ") + std::strerror(errno);
      return false;
    }
    out->resize(old_size + static_cast<size_t>(got));
    if (got == 0 || (regular && static_cast<size_t>(got) < block)) break;
    if (out->size() > max_bytes) {
      *error = "input exceeds --max-bytes " + std::to_string(max_bytes);
      return false;
    }
    block = size_t{1} << 16;
  }
  return true;
}

// Expands the command-line operands into inputs; a folder gives its *.txt
// files sorted by name. Returns false (after reporting) when one is unusable.
bool Expand(const std::string& operand, bool recursive,
            std::vector<Input>* inputs) {
  if (operand == "-") {
    inputs->push_back(Input{"-", "stdin"});
    return true;
  }
  std::error_code ec;
  fs::path path(operand);
  if (!fs::is_directory(path, ec)) {
    inputs->push_back(Input{operand, path.stem().string()});
    return true;
  }
  // Unreadable folders are skipped and reported; directory symlinks are not
  // followed, so a symlink loop cannot trap the walk.
  bool ok = true;
  std::vector<fs::path> files;
  auto consider = [&](const fs::directory_entry& entry) {
    std::error_code e;
    // A *.txt that is not a folder is read; when it cannot be (a dangling
    // link, a socket) the read reports it by name instead of skipping it.
    if (entry.path().extension() == ".txt" && !entry.is_directory(e)) {
      files.push_back(entry.path());
    }
  };
  if (recursive) {
    fs::recursive_directory_iterator it(
        path, fs::directory_options::skip_permission_denied, ec);
    for (fs::recursive_directory_iterator end; !ec && it != end;
         it.increment(ec)) {
      consider(*it);
    }
  } else {
    fs::directory_iterator it(path, ec);
    for (fs::directory_iterator end; !ec && it != end; it.increment(ec)) {
      consider(*it);
    }
  }
  if (ec) {
    std::cerr << "eventx-extract: " << operand << ": " << ec.message() << "\n";
    ok = false;
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    inputs->push_back(Input{f.string(), f.stem().string()});
  }
  return ok;
}

bool WriteFile(const fs::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  out.close();
  return static_cast<bool>(out);
}

struct Result {
  std::string output;  // JSON, when error is empty
  std::string error;
  size_t bytes = 0;    // input size, for the progress line
};

enum class Mode { kRecord, kDates, kFixtures, kHtml };

Result Process(const eventx::Extractor& extractor, const Input& input,
               const std::string& encoding, const eventx::Options& base,
               Mode mode, int indent, size_t max_bytes) {
  Result result;
  std::string text;
  if (!ReadAll(input, max_bytes, &text, &result.error)) return result;
  result.bytes = text.size();
  eventx::DecodedText decoded;
  eventx::Status status = eventx::DecodeToUtf8(text, encoding, &decoded);
  if (!status.ok()) {
    result.error = status.ToString();
    return result;
  }
  text.clear();
  text.shrink_to_fit();
  eventx::Options options = base;
  options.doc_id = input.doc_id;
  switch (mode) {
    case Mode::kDates:
      result.output =
          eventx::ToJson(extractor.FindDates(decoded.utf8, options), indent);
      break;
    case Mode::kRecord:
      result.output =
          eventx::ToJson(extractor.Extract(decoded.utf8, options), indent);
      break;
    case Mode::kFixtures:
      // Pretty, ending in a newline, so that fixtures diff cleanly.
      result.output =
          eventx::ToJson(extractor.Extract(decoded.utf8, options), 2) + "\n";
      break;
    case Mode::kHtml:
      result.output = eventx_examples::RenderHtml(
          decoded.utf8, extractor.Extract(decoded.utf8, options));
      break;
  }
  return result;
}

}  // namespace

int main(int argc, char** argv) {
  // The records go out through C's stdout buffer (std::cout is synchronised
  // with stdio), whose default of a few kilobytes took a write call for
  // every record or two: thousands for a folder. Into a file or a pipe they
  // go in blocks of 256 KB; a terminal keeps its line buffering. Static:
  // stdout is flushed at exit, after main's locals are gone.
  static char stdout_buffer[size_t{1} << 18];
  if (!isatty(1)) {
    std::setvbuf(stdout, stdout_buffer, _IOFBF, sizeof stdout_buffer);
  }
  bool jsonl = false;
  bool dates = false;
  bool recursive = false;
  bool quiet = false;
  size_t max_bytes = kDefaultMaxBytes;
  std::string fixtures_dir;
  std::string html_path;
  std::string encoding;
  int jobs = 1;
  eventx::Options base_options;
  std::vector<std::string> operands;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::cout << kUsage;
      return kExitOk;
    } else if (arg == "--version") {
      std::cout << "eventx-extract " << eventx::kVersion << "\n";
      return kExitOk;
    } else if (arg == "--jsonl") {
      jsonl = true;
    } else if (arg == "--dates") {
      dates = true;
    } else if (arg == "-r" || arg == "--recursive") {
      recursive = true;
    } else if (arg == "-q" || arg == "--quiet") {
      quiet = true;
    } else if (arg == "--max-bytes") {
      char* end = nullptr;
      unsigned long long n =
          i + 1 < argc ? std::strtoull(argv[i + 1], &end, 10) : 0;
      if (i + 1 >= argc || *end != '\0' || n == 0) {
        std::cerr << "eventx-extract: --max-bytes needs a positive number\n";
        return kExitUsage;
      }
      ++i;
      max_bytes = static_cast<size_t>(n);
    } else if (arg == "--reference-date" ||
               arg.rfind("--reference-date=", 0) == 0) {
      std::string value;
      if (arg == "--reference-date") {
        if (i + 1 >= argc) {
          std::cerr << "eventx-extract: --reference-date needs a value\n"
                    << kUsage;
          return kExitUsage;
        }
        value = argv[++i];
      } else {
        value = std::string(arg.substr(arg.find('=') + 1));
      }
      std::optional<eventx::CivilDate> date = eventx::ParseDate(value);
      if (!date || date->year == 0 || date->month == 0 || date->day == 0) {
        std::cerr << "eventx-extract: --reference-date: '" << value
                  << "' is not a date YYYY-MM-DD\n";
        return kExitUsage;
      }
      base_options.reference_date = *date;
    } else if (arg == "-j" || arg == "--jobs" || arg.rfind("-j", 0) == 0) {
      std::string value;
      if (arg == "-j" || arg == "--jobs") {
        if (i + 1 >= argc) {
          std::cerr << "eventx-extract: " << arg << " needs a number\n";
          return kExitUsage;
        }
        value = argv[++i];
      } else {
        value = std::string(arg.substr(2));
      }
      char* end = nullptr;
      long n = std::strtol(value.c_str(), &end, 10);
      if (value.empty() || *end != '\0' || n < 1 || n > 256) {
        std::cerr << "eventx-extract: -j: '" << value
                  << "' is not a thread count (1..256)\n";
        return kExitUsage;
      }
      jobs = static_cast<int>(n);
    } else if (arg == "--fixtures" || arg == "--html") {
      if (i + 1 >= argc) {
        std::cerr << "eventx-extract: " << arg << " needs a path\n" << kUsage;
        return kExitUsage;
      }
      (arg == "--html" ? html_path : fixtures_dir) = argv[++i];
    } else if (arg == "--encoding" || arg.rfind("--encoding=", 0) == 0) {
      if (arg == "--encoding") {
        if (i + 1 >= argc) {
          std::cerr << "eventx-extract: --encoding needs a value\n" << kUsage;
          return kExitUsage;
        }
        encoding = argv[++i];
      } else {
        encoding = std::string(arg.substr(arg.find('=') + 1));
      }
    } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
      std::cerr << "eventx-extract: unknown option " << arg << "\n" << kUsage;
      return kExitUsage;
    } else {
      operands.emplace_back(arg);
    }
  }
  if (operands.empty()) operands.push_back("-");
  Mode mode = dates                   ? Mode::kDates
              : !fixtures_dir.empty() ? Mode::kFixtures
              : !html_path.empty()    ? Mode::kHtml
                                      : Mode::kRecord;
  if (int(dates) + int(!fixtures_dir.empty()) + int(!html_path.empty()) > 1) {
    std::cerr << "eventx-extract: --dates, --fixtures and --html exclude "
                 "each other\n";
    return kExitUsage;
  }
  if (mode == Mode::kFixtures) {
    std::error_code ec;
    fs::create_directories(fixtures_dir, ec);
    if (ec) {
      std::cerr << "eventx-extract: " << fixtures_dir << ": " << ec.message()
                << "\n";
      return kExitInputFailed;
    }
  }

  std::unique_ptr<const eventx::Extractor> extractor;
  eventx::Status status = eventx::Extractor::Create(&extractor);
  if (!status.ok()) {
    std::cerr << "eventx-extract: " << status.ToString() << "\n";
    return kExitInputFailed;
  }

  bool failed = false;
  std::vector<Input> inputs;
  for (const std::string& operand : operands) {
    if (!Expand(operand, recursive, &inputs)) failed = true;
  }
  bool several = inputs.size() > 1 || operands.size() > 1 ||
                 (operands.size() == 1 && operands[0] != "-" &&
                  std::filesystem::is_directory(operands[0]));
  int indent = (jsonl || several) ? -1 : 2;
  if (mode == Mode::kHtml && inputs.size() != 1) {
    std::cerr << "eventx-extract: --html takes exactly one input\n";
    return kExitUsage;
  }

  // A progress line for long runs, only for a person watching a terminal.
  const bool progress = !quiet && inputs.size() > 64 && isatty(2);
  const auto started = std::chrono::steady_clock::now();
  size_t bytes_done = 0;
  // Prints or writes the result of input i; called in input order.
  auto emit = [&](size_t i, const Result& result) {
    bytes_done += result.bytes;
    if (!result.error.empty()) {
      // std::cerr is tied to std::cout: the records before it are flushed
      // first, so that with both streams in one place (2>&1) the error
      // stands among them where its file does, whatever stdout's buffer.
      std::cerr << "eventx-extract: " << inputs[i].path << ": " << result.error
                << "\n";
      failed = true;
    } else if (mode == Mode::kFixtures || mode == Mode::kHtml) {
      fs::path path = mode == Mode::kHtml
                          ? fs::path(html_path)
                          : fs::path(fixtures_dir) / (inputs[i].doc_id + ".json");
      if (!WriteFile(path, result.output)) {
        std::cerr << "eventx-extract: " << path.string() << ": cannot write\n";
        failed = true;
      }
    } else {
      std::cout << result.output << "\n";
    }
    if (progress && (i + 1) % 64 == 0) {
      double seconds = std::chrono::duration<double>(
                           std::chrono::steady_clock::now() - started)
                           .count();
      std::fprintf(stderr, "\r%zu/%zu files, %.1f MB/s ", i + 1,
                   inputs.size(),
                   seconds > 0 ? bytes_done / seconds / 1e6 : 0.0);
    }
  };
  auto process = [&](size_t i) {
    return Process(*extractor, inputs[i], encoding, base_options, mode, indent,
                   max_bytes);
  };
  if (jobs == 1) {
    for (size_t i = 0; i < inputs.size(); ++i) emit(i, process(i));
  } else {
    // `jobs` threads share one Extractor and take the next file as soon as
    // they are free: this thread and jobs - 1 others. This one also prints
    // the results in input order, whenever the next is ready, so no thread
    // is woken per file. No file is taken more than `window` files ahead of
    // the printing, so memory holds one window of results, however many
    // files there are.
    const size_t count = inputs.size();
    const size_t window = static_cast<size_t>(jobs) * 16;
    struct Slot {
      Result result;
      bool ready = false;
    };
    std::vector<Slot> slots(window);
    std::mutex mu;
    std::condition_variable changed;  // a result is ready, or one printed
    // Guarded by mu:
    size_t next = 0;     // the first file no thread has taken
    size_t printed = 0;  // the first file not printed
    int waiting = 0;     // threads blocked on `changed`
    auto may_take = [&] { return next < count && next < printed + window; };
    auto store = [&](size_t i, Result&& result) {
      slots[i % window].result = std::move(result);
      slots[i % window].ready = true;
      if (waiting > 0) changed.notify_all();
    };
    auto work = [&] {
      std::unique_lock<std::mutex> lock(mu);
      for (;;) {
        while (!may_take() && next < count) {
          ++waiting;
          changed.wait(lock);
          --waiting;
        }
        if (next >= count) return;
        const size_t i = next++;
        lock.unlock();
        Result result = process(i);
        lock.lock();
        store(i, std::move(result));
      }
    };
    std::vector<std::thread> threads;
    for (int t = 1; t < jobs && static_cast<size_t>(t) < count; ++t) {
      threads.emplace_back(work);
    }
    {
      std::unique_lock<std::mutex> lock(mu);
      while (printed < count) {
        Slot& slot = slots[printed % window];
        if (slot.ready) {
          Result result = std::move(slot.result);
          slot.result = Result();
          slot.ready = false;
          const size_t i = printed++;
          if (waiting > 0) changed.notify_all();
          lock.unlock();
          emit(i, result);
          lock.lock();
        } else if (may_take()) {
          const size_t i = next++;
          lock.unlock();
          Result result = process(i);
          lock.lock();
          store(i, std::move(result));
        } else {
          ++waiting;
          changed.wait(lock);
          --waiting;
        }
      }
    }
    for (std::thread& t : threads) t.join();
  }
  if (progress) std::fputs("\n", stderr);
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "eventx-extract: write error\n";
    return kExitInputFailed;
  }
  return failed ? kExitInputFailed : kExitOk;
}
