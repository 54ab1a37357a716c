-- wrk script: GET the caller's own account (authenticated, no real work) with $TOKEN.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
