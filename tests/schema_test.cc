// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Every seed's record validates against schema/eventx-1.schema.json. The
// validator below implements the JSON Schema keywords that schema uses
// (type, enum, properties, required, additionalProperties, items, minItems,
// maxItems, minLength, minimum, pattern, oneOf, local $ref); an unknown
// keyword fails the test, so the schema cannot silently outgrow it.

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <re2/re2.h>

#include "eventx/eventx.h"
#include "test_paths.h"

namespace eventx {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in),
                     std::istreambuf_iterator<char>());
}

class Validator {
 public:
  explicit Validator(Json root) : root_(std::move(root)) {}

  // Appends one line per violation to *errors.
  void Validate(const Json& value, const Json& schema, const std::string& at,
                std::vector<std::string>* errors) const {
    static const std::set<std::string> kKnown = {
        "$schema", "$id", "title", "description", "$defs", "type", "enum",
        "properties", "required", "additionalProperties", "items", "minItems",
        "maxItems", "minLength", "minimum", "pattern", "oneOf", "$ref"};
    for (const auto& [key, unused] : schema.items()) {
      if (kKnown.count(key) == 0) errors->push_back("unsupported keyword " + key);
    }
    if (schema.contains("$ref")) {
      std::string ref = schema["$ref"];
      Json::json_pointer pointer(ref.substr(1));  // "#/$defs/x" → "/$defs/x"
      Validate(value, root_.at(pointer), at, errors);
    }
    if (schema.contains("type") && !TypeMatches(value, schema["type"])) {
      errors->push_back(at + ": type " + std::string(value.type_name()));
      return;
    }
    if (schema.contains("enum")) {
      bool found = false;
      for (const Json& e : schema["enum"]) found |= e == value;
      if (!found) errors->push_back(at + ": " + value.dump() + " not in enum");
    }
    if (schema.contains("oneOf")) {
      int matches = 0;
      for (const Json& option : schema["oneOf"]) {
        std::vector<std::string> sub;
        Validate(value, option, at, &sub);
        matches += sub.empty();
      }
      if (matches != 1) errors->push_back(at + ": oneOf matched " +
                                          std::to_string(matches));
    }
    if (value.is_string()) {
      std::string s = value;
      if (schema.contains("minLength") &&
          s.size() < schema["minLength"].get<size_t>()) {
        errors->push_back(at + ": shorter than minLength");
      }
      if (schema.contains("pattern") &&
          !RE2::PartialMatch(s, RE2(schema["pattern"].get<std::string>()))) {
        errors->push_back(at + ": " + s + " does not match pattern");
      }
    }
    if (value.is_number() && schema.contains("minimum") &&
        value.get<double>() < schema["minimum"].get<double>()) {
      errors->push_back(at + ": below minimum");
    }
    if (value.is_object()) {
      for (const Json& key : schema.value("required", Json::array())) {
        if (!value.contains(key.get<std::string>())) {
          errors->push_back(at + ": missing " + key.get<std::string>());
        }
      }
      const Json props = schema.value("properties", Json::object());
      for (const auto& [key, v] : value.items()) {
        if (props.contains(key)) {
          Validate(v, props[key], at + "." + key, errors);
        } else if (schema.value("additionalProperties", true) == false) {
          errors->push_back(at + ": unexpected property " + key);
        }
      }
    }
    if (value.is_array()) {
      if (schema.contains("minItems") &&
          value.size() < schema["minItems"].get<size_t>()) {
        errors->push_back(at + ": fewer than minItems");
      }
      if (schema.contains("maxItems") &&
          value.size() > schema["maxItems"].get<size_t>()) {
        errors->push_back(at + ": more than maxItems");
      }
      if (schema.contains("items")) {
        for (size_t i = 0; i < value.size(); ++i) {
          Validate(value[i], schema["items"], at + "[" + std::to_string(i) + "]",
                   errors);
        }
      }
    }
  }

  const Json& root() const { return root_; }

 private:
  static bool TypeMatches(const Json& v, const Json& type) {
    if (type.is_array()) {
      for (const Json& t : type) {
        if (TypeMatches(v, t)) return true;
      }
      return false;
    }
    std::string t = type;
    if (t == "null") return v.is_null();
    if (t == "string") return v.is_string();
    if (t == "boolean") return v.is_boolean();
    if (t == "integer") return v.is_number_integer();
    if (t == "number") return v.is_number();
    if (t == "array") return v.is_array();
    if (t == "object") return v.is_object();
    return false;
  }

  Json root_;
};

Validator LoadSchema() {
  return Validator(Json::parse(
      ReadFile(fs::path(testing::kSourceDir) / "schema" / "eventx-1.schema.json")));
}

TEST(SchemaTest, SeedRecordsValidate) {
  Validator validator = LoadSchema();
  std::unique_ptr<const Extractor> extractor;
  ASSERT_TRUE(Extractor::Create(&extractor).ok());
  int seen = 0;
  for (const auto& entry :
       fs::directory_iterator(fs::path(testing::kSourceDir) / "seeds")) {
    Options options;
    options.doc_id = entry.path().stem().string();
    Json record = Json::parse(
        ToJson(extractor->Extract(ReadFile(entry.path()), options)));
    std::vector<std::string> errors;
    validator.Validate(record, validator.root(), "$", &errors);
    EXPECT_TRUE(errors.empty()) << options.doc_id << ": " << errors.front();
    ++seen;
  }
  EXPECT_EQ(seen, 5);
}

TEST(SchemaTest, ValidatorRejectsBrokenRecords) {
  Validator validator = LoadSchema();
  Json good = Json::parse(ToJson(EventRecord()));
  std::vector<std::string> errors;
  validator.Validate(good, validator.root(), "$", &errors);
  EXPECT_TRUE(errors.empty()) << errors.front();

  Json bad_schema = good;
  bad_schema["schema"] = "eventx/2";
  Json missing = good;
  missing.erase("countries");
  Json bad_date = good;
  bad_date["published"] = "2024-1-8";
  Json bad_span = good;
  bad_span["countries"] = Json::array(
      {{{"code", "KH"}, {"name", "柬埔寨"}, {"role", "participant"},
        {"spans", Json::array({Json::array({1})})}}});
  for (const Json& bad : {bad_schema, missing, bad_date, bad_span}) {
    std::vector<std::string> e;
    validator.Validate(bad, validator.root(), "$", &e);
    EXPECT_FALSE(e.empty()) << bad.dump();
  }
}

}  // namespace
}  // namespace eventx
