#pragma once
// A test fixture with a copy of the project's content, loaded once: the
// one-file loaders (LoadCaseFile, LoadParametersFile, LoadTextFile) read an
// edited file of the copy against it.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>

#include "check_test_support.hpp"
#include "load_content.hpp"

namespace bip::test {

class LoadedContentCopy : public ::testing::Test {
 protected:
  void SetUp() override {
    content_ = CopyContent(tmp_.path());
    LoadResult r = LoadContent(content_.string());
    ASSERT_NE(r.content, nullptr);
    loaded_ = std::move(r.content);
    homes_ = std::move(r.text_homes);
  }

  TempDir tmp_;
  std::filesystem::path content_;
  std::unique_ptr<Content> loaded_;
  TextHomes homes_;  // where each text came from, as the load found it
};

}  // namespace bip::test
