# api_network_sources: the client code (api/, models/, views/, app/) sends
# requests through ApiClient alone, so its same-origin redirect policy covers
# every request, and nothing ever ignores a TLS error. Fails on:
#  - ignoreSslErrors anywhere in the client code;
#  - a QNetworkAccessManager, QSslSocket or QTcpSocket client outside api/ApiClient;
#  - a redirect policy other than SameOriginRedirectPolicy.
# Arguments (-D): SOURCE_DIR
cmake_minimum_required(VERSION 3.22)

set(failures "")
foreach(layer api models views app)
  file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}"
    "${SOURCE_DIR}/${layer}/*.cpp" "${SOURCE_DIR}/${layer}/*.h")
  foreach(source ${sources})
    file(READ "${SOURCE_DIR}/${source}" text)
    if(text MATCHES "ignoreSslErrors")
      string(APPEND failures "  ${source}: calls ignoreSslErrors\n")
    endif()
    if(NOT source MATCHES "^api/ApiClient\\.(cpp|h)$"
       AND text MATCHES "QNetworkAccessManager|QSslSocket|QTcpSocket")
      string(APPEND failures "  ${source}: a network client outside api/ApiClient\n")
    endif()
    if(text MATCHES "(NoLessSafe|UserVerified|Manual)RedirectPolicy|setMaxRedirectsAllowed")
      string(APPEND failures "  ${source}: a redirect policy other than same-origin\n")
    endif()
  endforeach()
endforeach()

if(failures)
  message(FATAL_ERROR "Network code outside the rules:\n${failures}")
endif()
message(STATUS "api_network_sources: ignoreSslErrors nowhere, one network client (ApiClient)")
