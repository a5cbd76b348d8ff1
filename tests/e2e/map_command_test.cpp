// scdash map: what a dry run of a mapping prints for each kind of figure.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "e2e/program_and_sheets.hpp"

using namespace scdash;
using testing::kSource;
using testing::run_scdash;
using testing::TemporaryFolder;
namespace fs = std::filesystem;

namespace {

// The line of `text` that starts with `start`; empty when there is none.
std::string line_of(const std::string& text, const std::string& start) {
  const auto at = text.find("\n" + start);
  return at == std::string::npos ? std::string()
                                 : text.substr(at + 1, text.find('\n', at + 1) - at - 1);
}

}  // namespace

TEST_CASE("map prints a text figure (a RAG set by hand) as its text, not as a number") {
  TemporaryFolder work;
  const fs::path form = work.path() / "iom-rag-2025-26-Q2.csv";
  testing::write_file(form,
                      "Probation IOM RAG\nQuarter 2 2025/26\nRAG,Amber\nReason,Cohort grew\n");
  const fs::path mapping = work.path() / "iom-rag.yaml";
  testing::write_file(mapping, R"(files: [iom-rag-*.csv]
area: Leicestershire
period: {cell: A2}
cells:
  - {cell: B3, measure: rag.iom, label: RAG}
  - {cell: B4, measure: rag.iom_reason, label: Reason}
values:
  text: [rag.iom, rag.iom_reason]
)");
  const auto result = run_scdash({"map", form.string(), "--mapping", mapping.string(), "--mappings",
                                  (kSource / "mappings").string()});
  INFO(result.err);
  CHECK(result.exit_status == 0);
  INFO(result.out);
  CHECK(line_of(result.out, "rag.iom ").find(" Amber  iom-rag-2025-26-Q2!B3") != std::string::npos);
  CHECK(line_of(result.out, "rag.iom_reason ").find(" Cohort grew  iom-rag-2025-26-Q2!B4") !=
        std::string::npos);
  CHECK(result.out.find("2 figure(s)") != std::string::npos);
}
