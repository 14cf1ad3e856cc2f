# qpdf before 11.4 declares JSON::JSON_array, holding a std::vector<JSON>, inside
# class JSON, while JSON is still incomplete. GCC accepts it; clang refuses it in
# C++20, where libstdc++'s vector destructor is constexpr. qpdf 11.4 moved the
# definition after the class (qpdf/qpdf#966). For the clang build of the fuzz
# targets only, this writes the same change into a copy of the installed
# header, found first on the include path; nothing is written for a fixed qpdf.
function(qpdf_clang_compat target)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang" OR qpdf_VERSION VERSION_GREATER_EQUAL 11.4)
    return()
  endif()
  find_file(QPDF_JSON_HEADER qpdf/JSON.hh REQUIRED)
  file(READ ${QPDF_JSON_HEADER} header)
  set(inside "    struct JSON_array: public JSON_value
    {
        JSON_array() :
            JSON_value(vt_array)
        {
        }
        virtual ~JSON_array() = default;
        virtual void write(Pipeline*, size_t depth) const;
        std::vector<JSON> elements;
    };
")
  string(FIND "${header}" "${inside}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "qpdf ${qpdf_VERSION}: ${QPDF_JSON_HEADER} is not the one expected")
  endif()
  string(REPLACE "${inside}" "    struct JSON_array;\n" header "${header}")
  string(REPLACE "\n};\n\n#endif // JSON_HH" "\n};

struct JSON::JSON_array: public JSON::JSON_value
{
    JSON_array() :
        JSON_value(vt_array)
    {
    }
    virtual ~JSON_array() = default;
    virtual void write(Pipeline*, size_t depth) const;
    std::vector<JSON> elements;
};

#endif // JSON_HH" header "${header}")
  set(directory ${CMAKE_BINARY_DIR}/qpdf-clang-compat)
  file(WRITE ${directory}/qpdf/JSON.hh "${header}")
  target_include_directories(${target} BEFORE PUBLIC ${directory})
endfunction()
